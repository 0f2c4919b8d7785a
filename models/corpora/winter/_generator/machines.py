"""Machine mail and mail that is not a request: auto-replies, bounces, receipts, bulk mail, phishing,
vendor system mail, calendars, list posts. Each builder returns a dict the assembler turns into bytes:
env_from (None = null sender), provider, domain, headers (client-level), node, msgid, program."""

import datetime as _dt

from mailkit import (CST, UTC, Leaf, Multi, addr, b64_encode, binary_leaf, esc, hdr_text, html_divs, rfc_date,
                     text_leaf, wrap_html)
from ours import headers_of


def _refs(q):
    return ["In-Reply-To: %s" % q["msgid"], "References: %s" % q["msgid"]] if q else []


def _exch_id(rng):
    srv = rng.choice(["SJ0PR11MB", "PH7PR19MB", "DM6PR04MB", "BY5PR17MB", "CO6PR18MB", "IA1PR12MB", "MN0PR13MB"]) + rng.digits(4)
    return "<%s%s@%s.namprd%02d.prod.outlook.com>" % (srv, rng.HEX(20), srv, rng.randint(2, 20)), srv


def ooo_exchange(rng, name, email, q, dt, text, lang="en", auto_submitted=True, suppress=True):
    msgid, srv = _exch_id(rng)
    subj = ("Respuesta automática: " if lang == "es" else "Automatic reply: ") + q["subject"]
    htm = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n'
           '<div style="font-family:Calibri,Arial,Helvetica,sans-serif; font-size:11pt; color:rgb(0,0,0)">\n%s\n</div>\n</body>\n</html>'
           % "\n".join(("<p>%s</p>" % esc(l)) if l.strip() else "<p>&nbsp;</p>" for l in text.split("\n")))
    b = "_000_%s%s_" % (srv, rng.HEX(20))
    node = Multi("multipart/alternative", b, [text_leaf(text, "plain", "utf-8", "quoted-printable"),
                                              text_leaf(wrap_html(htm), "html", "utf-8", "quoted-printable")])
    hs = ["From: %s" % addr(name, email), "To: %s" % addr(q["from_name"], q["from_addr"]), "Subject: %s" % hdr_text(subj),
          "Thread-Topic: %s" % hdr_text(q["subject"]), "Thread-Index: AQH%s" % rng.b64(22),
          "Date: %s" % rfc_date(dt.astimezone(UTC)), "Message-ID: %s" % msgid] + _refs(q) + [
        "Content-Language: %s" % ("es-US" if lang == "es" else "en-US"), "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: "]
    if auto_submitted:
        hs.append("Auto-Submitted: auto-generated")
    if suppress:
        hs.append("X-Auto-Response-Suppress: All")
    hs += ["X-MS-Exchange-Organization-SCL: -1", "MIME-Version: 1.0"]
    return dict(env_from=None, provider="o365", domain=email.split("@")[1], headers=hs, node=node, msgid=msgid,
                program="Exchange Online (automatic reply)")


def vacation_gmail(rng, name, email, q, dt, subject, text):
    msgid = "<CA%s@mail.gmail.com>" % rng.b64(56).replace("/", "_").replace("+", "-")
    b = "000000000000" + rng.hex(12)
    node = Multi("multipart/alternative", b, [text_leaf(text, "plain", "UTF-8", "auto"),
                                              text_leaf(wrap_html('<div dir="ltr">%s</div>' % html_divs(text)), "html", "UTF-8", "quoted-printable")])
    hs = ["MIME-Version: 1.0"] + _refs(q) + ["From: %s" % addr(name, email), "Date: %s" % rfc_date(dt), "Message-ID: %s" % msgid,
                                            "Subject: %s" % hdr_text(subject), "To: %s" % addr(q["from_name"], q["from_addr"]),
                                            "Auto-Submitted: auto-replied"]
    return dict(env_from=email, provider="gmail", domain=email.split("@")[1], headers=hs, node=node, msgid=msgid,
                program="Gmail vacation responder")


def vacation_icloud(rng, name, email, q, dt, text):
    msgid = "<%s@me.com>" % rng.uuid()
    node = text_leaf(text, "plain", "utf-8", "quoted-printable" if any(ord(c) > 127 for c in text) else "7bit", quote_charset=False)
    hs = ["From: %s" % addr(name, email), "To: %s" % addr(q["from_name"], q["from_addr"]),
          "Subject: %s" % hdr_text("Auto-Reply: " + q["subject"]), "Date: %s" % rfc_date(dt), "Message-Id: %s" % msgid] + _refs(q) + [
        "Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "Mime-Version: 1.0"]
    return dict(env_from=email, provider="icloud", domain="icloud.com", headers=hs, node=node, msgid=msgid,
                program="iCloud Mail vacation reply")


def headerless_reply(rng, name, email, q, dt, subject, text, provider="smallhost", program="cPanel autoresponder",
                     extra=None):
    """An auto-reply without Auto-Submitted (old autoresponders, rules that send a canned message)."""
    dom = email.split("@")[1]
    msgid = "<%s.%s@%s>" % (dt.strftime("%Y%m%d%H%M%S"), rng.hex(10), dom)
    node = text_leaf(text, "plain", "us-ascii" if all(ord(c) < 128 for c in text) else "utf-8", "auto", quote_charset=False)
    hs = ["Date: %s" % rfc_date(dt), "From: %s" % addr(name, email), "To: %s" % q["from_addr"],
          "Subject: %s" % hdr_text(subject), "Message-ID: %s" % msgid] + _refs(q) + ["MIME-Version: 1.0"] + (extra or [])
    return dict(env_from=email, provider=provider, domain=dom, headers=hs, node=node, msgid=msgid, program=program)


# ------------------------------------------------------------ bounces

def dsn_postfix(rng, mta_host, rcpt, q, dt, status="5.2.2", diag="552 5.2.2 <%s>: Mailbox full", action="failed",
                delayed=False):
    dom = mta_host.split(".", 1)[1]
    qid = rng.HEX(10)
    msgid = "<20%s.%s@%s>" % (dt.strftime("%y%m%d%H%M%S"), qid, mta_host)
    b = "%s.%d/%s" % (qid, int(dt.timestamp()), mta_host)
    diag = diag % rcpt if "%s" in diag else diag
    if delayed:
        subj = "Delayed Mail (still being retried)"
        human = ("This is the mail system at host %s.\n\n####################################################################\n"
                 "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                 "####################################################################\n\n"
                 "Your message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n"
                 "For further assistance, please send mail to postmaster.\n\n"
                 "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
                 "                   The mail system\n\n<%s>: host 127.0.0.1[127.0.0.1] said: %s (in reply to end of DATA\n    command)\n" % (mta_host, rcpt, diag))
    else:
        subj = "Undelivered Mail Returned to Sender"
        human = ("This is the mail system at host %s.\n\nI'm sorry to have to inform you that your message could not\n"
                 "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
                 "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
                 "                   The mail system\n\n<%s>: host 127.0.0.1[127.0.0.1] said: %s (in reply to RCPT TO\n    command)\n" % (mta_host, rcpt, diag))
    arr = q["date"].astimezone(CST)
    ds = ("Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\nArrival-Date: %s\n\n"
          "Final-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: %s\nStatus: %s\nRemote-MTA: dns; 127.0.0.1\nDiagnostic-Code: smtp; %s\n"
          % (mta_host, qid, q["from_addr"], rfc_date(arr), rcpt, rcpt, "delayed" if delayed else action, status, diag))
    if delayed:
        ds += "Will-Retry-Until: %s\n" % rfc_date((dt + _dt.timedelta(days=5)).astimezone(CST))
    parts = [Leaf(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], human.encode()),
             Leaf(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], ds.encode()),
             Leaf(["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"],
                  ("\n".join(headers_of(q, rcpt)) + "\n").encode())]
    node = Multi("multipart/report", b, parts, preamble="This is a MIME-encapsulated message.", params=" report-type=delivery-status;")
    hs = ["Date: %s" % rfc_date(dt.astimezone(CST)) + " (CST)", "From: MAILER-DAEMON@%s (Mail Delivery System)" % mta_host,
          "Subject: %s" % subj, "To: %s" % q["from_addr"], "Auto-Submitted: auto-replied", "MIME-Version: 1.0",
          "Message-Id: %s" % msgid]
    return dict(env_from=None, provider="smallhost", domain=dom, headers=hs, node=node, msgid=msgid,
                program="Postfix DSN" + (" (delay)" if delayed else ""), helo=mta_host)


def ndr_exchange(rng, rcpt, q, dt):
    msgid, srv = _exch_id(rng)
    dom = rcpt.split("@")[1]
    text = ("Your message to %s couldn't be delivered.\n\n%s's mailbox is full.\n\n%s\nOffice 365\nAction Required\n\n\n"
            "Mailbox full\n\nHow to Fix It\nThe recipient's mailbox is full and can't accept messages now. Please try\n"
            "resending your message later, or contact the recipient directly.\n\n"
            "More Info for Email Admins\nStatus code: 554 5.2.2\n" % (rcpt, rcpt.split("@")[0], rcpt.split("@")[0]))
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body><div style="font-family:\'Segoe UI\',Frutiger,Arial,sans-serif">'
           '<p style="font-size:15pt;color:#000000">Your message to <a href="mailto:%s" style="color:#0072C6">%s</a> couldn\'t be delivered.</p>'
           '<p style="font-size:15pt;color:#000000"><b>%s</b>\'s mailbox is full.</p>'
           '<p><b>Mailbox full</b></p><p>The recipient\'s mailbox is full and can\'t accept messages now. Please try resending your message later, or contact the recipient directly.</p>'
           '<p style="font-size:9pt;color:#808080">Status code: 554 5.2.2</p></div></body></html>' % (rcpt, rcpt, rcpt.split("@")[0]))
    alt = Multi("multipart/alternative", "_000_%s%s_" % (srv, rng.HEX(12)),
                [text_leaf(text, "plain", "us-ascii", "quoted-printable"), text_leaf(wrap_html(htm), "html", "us-ascii", "quoted-printable")])
    ds = ("Reporting-MTA: dns;%s.namprd%02d.prod.outlook.com\nReceived-From-MTA: dns;mail.notify.alliantenergy.com\nArrival-Date: %s\n\n"
          "Final-Recipient: rfc822;%s\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp;554 5.2.2 mailbox full;\n STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded\n"
          % (srv, rng.randint(2, 20), rfc_date(q["date"].astimezone(UTC)), rcpt))
    node = Multi("multipart/report", "_%s_" % rng.uuid(upper=False),
                 [alt, Leaf(["Content-Type: message/delivery-status"], ds.encode()),
                  Leaf(["Content-Type: text/rfc822-headers"], ("\n".join(headers_of(q, rcpt)) + "\n").encode())],
                 params=" report-type=delivery-status;")
    hs = ["From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@%s>" % dom,
          "To: %s" % q["from_addr"], "Date: %s" % rfc_date(dt.astimezone(UTC)), "Content-Language: en-US",
          "Message-ID: %s" % msgid, "In-Reply-To: %s" % q["msgid"], "References: %s" % q["msgid"],
          "Subject: Undeliverable: %s" % hdr_text(q["subject"]), "Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr: ",
          "MIME-Version: 1.0"]
    return dict(env_from=None, provider="o365", domain=dom, headers=hs, node=node, msgid=msgid, program="Exchange Online NDR")


def dsn_google(rng, rcpt, q, dt):
    msgid = "<%s.%s.%s@mx.google.com>" % (rng.hex(8), rng.hex(8), rng.hex(5))
    text = ("** Message not delivered **\n\nYour message couldn't be delivered to %s because the recipient's\n"
            "inbox is out of storage space and inactive. Please try resending the message at a later time.\n\n\n"
            "The response was:\n\nThe email account that you tried to reach is over quota and inactive. Please direct the\n"
            "recipient to https://support.google.com/mail/?p=OverQuotaPerm %s - gsmtp\n"
            % (rcpt, rng.hex(12)))
    ds = ("Reporting-MTA: dns; googlemail.com\nArrived-Date: %s\nX-Original-Message-ID: %s\n\n"
          "Final-Recipient: rfc822; %s\nAction: failed\nStatus: 5.2.2\nRemote-MTA: dns; gmail-smtp-in.l.google.com. (142.250.115.27, the server\n for the domain gmail.com.)\n"
          "Diagnostic-Code: smtp; 552-5.2.2 The recipient's inbox is out of storage space and inactive.\nLast-Attempt-Date: %s\n"
          % (rfc_date(q["date"]), q["msgid"], rcpt, rfc_date(dt.astimezone(_dt.timezone(_dt.timedelta(hours=-8))))))
    node = Multi("multipart/report", "000000000000" + rng.hex(12),
                 [Multi("multipart/related", "000000000000" + rng.hex(12), [text_leaf(text, "plain", "UTF-8", "auto")]),
                  Leaf(["Content-Type: message/delivery-status"], ds.encode()),
                  Leaf(["Content-Type: text/rfc822-headers"], ("\n".join(headers_of(q, rcpt)) + "\n").encode())],
                 params=" report-type=delivery-status;")
    hs = ["MIME-Version: 1.0", "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "To: %s" % q["from_addr"],
          "Auto-Submitted: auto-replied", "Subject: Delivery Status Notification (Failure)", "References: %s" % q["msgid"],
          "In-Reply-To: %s" % q["msgid"], "X-Failed-Recipients: %s" % rcpt, "Message-ID: %s" % msgid,
          "Date: %s" % rfc_date(dt.astimezone(_dt.timezone(_dt.timedelta(hours=-8))))]
    return dict(env_from=None, provider="gmail", domain="googlemail.com", headers=hs, node=node, msgid=msgid,
                program="Gmail DSN")


def bounce_qmail(rng, mta_host, rcpt, q, dt):
    text = ("Hi. This is the qmail-send program at %s.\nI'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n<%s>:\nSorry, the user's mailbox is over quota (#5.2.2)\n"
            "/var/qmail/bin/maildirdeliver: quota exceeded\n\n--- Below this line is a copy of the message.\n\n%s\n\n[message body removed]\n"
            % (mta_host, rcpt, "\n".join(headers_of(q, rcpt))))
    node = Leaf([], text.encode())
    msgid = None
    hs = ["Date: %d %s %d %s -0000" % (dt.day, dt.strftime("%b"), dt.year, dt.astimezone(UTC).strftime("%H:%M:%S")),
          "From: MAILER-DAEMON@%s" % mta_host, "To: %s" % q["from_addr"], "Subject: failure notice"]
    return dict(env_from=None, provider="smallhost", domain=mta_host.split(".", 1)[1], headers=hs, node=node, msgid=msgid,
                program="qmail bounce (no MIME)", helo=mta_host)


def mdn_read(rng, name, email, q, dt):
    msgid, srv = _exch_id(rng)
    text = ("Your message\n\n  To: %s\n  Subject: %s\n  Sent: %s\n\nwas read on %s.\n"
            % (name, q["subject"], q["date"].astimezone(UTC).strftime("%A, %B %d, %Y %I:%M:%S %p (UTC)"),
               dt.astimezone(UTC).strftime("%A, %B %d, %Y %I:%M:%S %p (UTC)")))
    mdn = ("Reporting-UA: %s.namprd%02d.prod.outlook.com; Microsoft Exchange Server\nFinal-Recipient: rfc822;%s\n"
           "Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n" % (srv, rng.randint(2, 20), email, q["msgid"]))
    node = Multi("multipart/report", "_%s_" % rng.uuid(upper=False),
                 [text_leaf(text, "plain", "us-ascii", "quoted-printable"), Leaf(["Content-Type: message/disposition-notification"], mdn.encode())],
                 params=" report-type=disposition-notification;")
    hs = ["From: %s" % addr(name, email), "To: %s" % addr(q["from_name"], q["from_addr"]), "Subject: Read: %s" % hdr_text(q["subject"]),
          "Thread-Topic: %s" % hdr_text(q["subject"]), "Date: %s" % rfc_date(dt.astimezone(UTC)), "Message-ID: %s" % msgid] + _refs(q) + [
        "Content-Language: en-US", "X-MS-Has-Attach: ", "MIME-Version: 1.0"]
    return dict(env_from=None, provider="o365", domain=email.split("@")[1], headers=hs, node=node, msgid=msgid,
                program="Outlook read receipt (MDN)")


# ------------------------------------------------------------ bulk and not-a-request

def bulk(rng, provider, from_name, email, to_addr, dt, subject, text, htm, list_id, unsub, program, extra=None,
         return_path=None, plain_first=True):
    dom = email.split("@")[1]
    msgid = "<%s.%s@%s>" % (rng.hex(16), rng.hex(8), {"mailchimp": "mcdlv.net", "constantcontact": "ccsend.com",
                                                      "sendgrid": "sendgrid.net", "salesforce": "mktmail.net"}.get(provider, dom))
    b = "_----------=_MCPart_%d" % rng.randint(10 ** 8, 10 ** 9) if provider == "mailchimp" else "----=_Part_%d_%d.%d" % (
        rng.randint(10 ** 5, 10 ** 6), rng.randint(10 ** 8, 10 ** 9), int(dt.timestamp() * 1000))
    parts = []
    if text:
        parts.append(text_leaf(text, "plain", "utf-8", "quoted-printable"))
    parts.append(text_leaf(wrap_html(htm), "html", "utf-8", "quoted-printable"))
    node = Multi("multipart/alternative", b, parts) if len(parts) > 1 else parts[0]
    hs = ["From: %s" % addr(from_name, email), "Reply-To: %s" % addr(from_name, email), "To: %s" % to_addr,
          "Subject: %s" % hdr_text(subject), "Date: %s" % rfc_date(dt.astimezone(UTC)), "Message-ID: %s" % msgid]
    if list_id:
        hs.append("List-Id: %s" % list_id)
    if unsub:
        hs.append("List-Unsubscribe: %s" % unsub)
        if "http" in unsub:
            hs.append("List-Unsubscribe-Post: List-Unsubscribe=One-Click")
    hs += ["Precedence: bulk", "MIME-Version: 1.0"] + (extra or [])
    rp = return_path or "bounce-mc.us%d_%d.%d-%s@mail%d.atl221.mcdlv.net" % (rng.randint(1, 21), rng.randint(10 ** 7, 10 ** 8), rng.randint(10 ** 5, 10 ** 6), to_addr.replace("@", "="), rng.randint(10, 250))
    return dict(env_from=rp, provider=provider, domain=dom, headers=hs, node=node, msgid=msgid, program=program)


def phish(rng, from_disp, email, to_addr, dt, subject, htm, host, ip, program, text=None, charset="utf-8", extra=None,
          reply_to=None, att=None):
    dom = email.split("@")[1]
    msgid = "<%s@%s>" % (rng.hex(24), host)
    if text:
        node = Multi("multipart/alternative", "----=_NextPart_%s" % rng.hex(20),
                     [text_leaf(text, "plain", charset, "quoted-printable"), text_leaf(wrap_html(htm), "html", charset, "base64")])
    else:
        node = text_leaf(wrap_html(htm), "html", charset, "base64" if rng.randint(0, 1) else "quoted-printable")
    if att:
        node = Multi("multipart/mixed", "----=_Mix_%s" % rng.hex(20), [node] + [binary_leaf(a["data"], a["ctype"], a["filename"]) for a in att])
    hs = ["From: %s <%s>" % (hdr_text(from_disp), email), "To: %s" % to_addr, "Subject: %s" % hdr_text(subject),
          "Date: %s" % rfc_date(dt), "Message-ID: %s" % msgid, "MIME-Version: 1.0"]
    if reply_to:
        hs.insert(1, "Reply-To: %s" % reply_to)
    hs += extra or []
    return dict(env_from=email, provider=None, domain=dom, headers=hs, node=node, msgid=msgid, program=program,
                raw_host=host, raw_ip=ip, auth_fail=True)


def calendar_invite(rng, org_name, org_email, to_addrs, dt, subject, start, end, location, desc, uid):
    msgid, srv = _exch_id(rng)
    stamp = dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\nBEGIN:VTIMEZONE\nTZID:Central Standard Time\n"
           "BEGIN:STANDARD\nDTSTART:16010101T020000\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0600\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11\nEND:STANDARD\n"
           "BEGIN:DAYLIGHT\nDTSTART:16010101T020000\nTZOFFSETFROM:-0600\nTZOFFSETTO:-0500\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE\n"
           "BEGIN:VEVENT\nORGANIZER;CN=%s:mailto:%s\n%s"
           "DESCRIPTION;LANGUAGE=en-US:%s\nUID:%s\nSUMMARY;LANGUAGE=en-US:%s\nDTSTART;TZID=Central Standard Time:%s\nDTEND;TZID=Central Standard Time:%s\n"
           "CLASS:PUBLIC\nPRIORITY:5\nDTSTAMP:%s\nTRANSP:OPAQUE\nSTATUS:CONFIRMED\nSEQUENCE:0\nLOCATION;LANGUAGE=en-US:%s\n"
           "BEGIN:VALARM\nDESCRIPTION:REMINDER\nTRIGGER;RELATED=START:-PT15M\nACTION:DISPLAY\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR\n"
           % (org_name, org_email, "".join("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:\n mailto:%s\n" % (a, a) for a in to_addrs),
              desc.replace("\n", "\\n"), uid, subject, start, end, stamp, location))
    folded = []
    for line in ics.split("\n"):
        while len(line) > 74:
            folded.append(line[:74])
            line = " " + line[74:]
        folded.append(line)
    ics = "\n".join(folded)
    alt = Multi("multipart/alternative", "_000_%s%s_" % (srv, rng.HEX(12)),
                [text_leaf(desc, "plain", "utf-8", "quoted-printable"),
                 Leaf(['Content-Type: text/calendar; charset="utf-8"; method=REQUEST', "Content-Transfer-Encoding: base64"], b64_encode(ics.encode()))])
    node = Multi("multipart/mixed", "_002_%s%s_" % (srv, rng.HEX(12)),
                 [alt, Leaf(['Content-Type: application/ics; name="invite.ics"', 'Content-Description: invite.ics',
                             'Content-Disposition: attachment; filename="invite.ics"; size=%d' % len(ics), "Content-Transfer-Encoding: base64"],
                            b64_encode(ics.encode()))])
    hs = ["From: %s" % addr(org_name, org_email), "To: %s" % ", ".join(to_addrs), "Subject: %s" % hdr_text(subject),
          "Thread-Topic: %s" % hdr_text(subject), "Thread-Index: AQH%s" % rng.b64(22), "Date: %s" % rfc_date(dt.astimezone(UTC)),
          "Message-ID: %s" % msgid, "Accept-Language: en-US", "Content-Language: en-US", "X-MS-Has-Attach: yes",
          "X-MS-TNEF-Correlator: ", "MIME-Version: 1.0"]
    return dict(env_from=org_email, provider="o365", domain=org_email.split("@")[1], headers=hs, node=node, msgid=msgid,
                program="Outlook calendar invitation")


def list_post(rng, list_addr, list_name, poster_name, poster, dt, subject, text, footer, to_addr):
    dom = list_addr.split("@")[1]
    msgid = "<%s@%s>" % (rng.uuid(upper=False), poster.split("@")[1])
    node = text_leaf(text + "\n" + footer, "plain", "utf-8", "quoted-printable" if any(ord(c) > 127 for c in text) else "7bit", quote_charset=False)
    lp = list_addr.split("@")[0]
    hs = ["From: %s" % addr(poster_name, poster), "To: %s" % list_addr, "Subject: [%s] %s" % (lp, hdr_text(subject)),
          "Date: %s" % rfc_date(dt), "Message-ID: %s" % msgid, "MIME-Version: 1.0", "X-BeenThere: %s" % list_addr,
          "X-Mailman-Version: 3.3.9", "Precedence: list", "List-Id: %s <%s>" % (list_name, list_addr.replace("@", ".")),
          "List-Unsubscribe: <mailto:%s-leave@%s>" % (lp, dom), "List-Post: <mailto:%s>" % list_addr,
          "List-Help: <mailto:%s-request@%s?subject=help>" % (lp, dom), "List-Archive: <https://lists.%s/archives/list/%s/>" % (dom.split(".", 1)[-1] if dom.startswith("lists.") else dom, list_addr),
          "Sender: \"%s\" <%s-bounces@%s>" % (list_name, lp, dom)]
    return dict(env_from="%s-bounces+%s@%s" % (lp, to_addr.replace("@", "="), dom), provider="smallhost", domain=dom,
                headers=hs, node=node, msgid=msgid, program="Mailman 3 list post")
