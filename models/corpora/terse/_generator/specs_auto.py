"""Machine-made mail (auto-replies, carrier bounces, a read receipt) and two mail-client unsubscribes.

Specs with a `raw` builder get their bytes from a function here; the rest go through clients.build.
"""
import mailkit as mk
import clients as cl
from originals import O, ack
from spec import M, MO

ack("A_PRITCHARD", "CC-2026-05-06230", "2026-05-08 14:10:44", "6b2f0d83")
ack("A_LINDAHL", "CC-2026-03-04502", "2026-03-16 09:05:12", "f3a81c6e")

AUTO_NOTE = "automated: labels [], not unclear, no entities, never acknowledged"


def our_sent_headers(orig, rcpt, rng, dt_sent):
    """Headers of one of our outgoing messages as a DSN would return them."""
    h = mk.Headers()
    h.add("Return-Path", "<customercare@alliant-energy.com>", raw=True)
    h.items.append("Received: from mta03.alliant-energy.com (mta03.alliant-energy.com [198.51.100.25])\r\n"
                   "\tby %s with ESMTPS id %s\r\n\tfor <%s>; %s" % (
                       "%s", cl.qid(rng), rcpt, mk.postfix_date(mk.plus(dt_sent, 2))))
    h.items.append(mk.dkim(rng, "alliantenergy.com", "notify2024", "From:Reply-To:To:Subject:Date:Message-ID:"
                           "MIME-Version:Content-Type", mk.rb64(rng, 32), t=int(dt_sent.timestamp())))
    h.add("From", mk.addr(orig["name"], orig["addr"]))
    if orig["reply_to"]:
        h.add("Reply-To", orig["reply_to"][1])
    h.add("To", rcpt)
    h.add("Subject", mk.subj(orig["subject"]))
    h.add("Date", mk.rfcdate(dt_sent))
    h.add("Message-ID", orig["msgid"], raw=True)
    h.add("MIME-Version", "1.0", raw=True)
    h.add("Content-Type", 'multipart/alternative; boundary="=_alliant_%s"' % mk.rhex(rng, 20), raw=True)
    return h


def vtext_bounce(spec, rng):
    """Postfix DSN from Verizon's SMS gateway: the text-message address is gone."""
    orig = O["S1"]
    rcpt = "3195550143@vtext.com"
    dt = mk.parse_local(spec["date"])
    sent = mk.parse_local(orig["date"])
    host = "mx-out02.vtext.com"
    ip = "66.174.76.31"
    qidv = mk.rhex(rng, 11).upper()
    text = ("This is the mail system at host %s.\n\n"
            "I'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients. It's attached below.\n\n"
            "For further assistance, please send mail to postmaster.\n\n"
            "If you do so, please include this problem report. You can\n"
            "delete your own text from the attached returned message.\n\n"
            "                   The mail system\n\n"
            "<%s>: host sms-gw4.vtext.com[10.16.4.22] said: 550 5.1.1\n"
            "    <%s>: Recipient address rejected: message could not be\n"
            "    delivered, subscriber is not provisioned for e-mail to text (in reply to\n"
            "    RCPT TO command)\n" % (host, rcpt, rcpt))
    status = ("Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; "
              "customercare@alliant-energy.com\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\n"
              "Original-Recipient: rfc822;%s\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; sms-gw4.vtext.com\n"
              "Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected:\n    message could not be "
              "delivered, subscriber is not provisioned for e-mail to\n    text\n" % (
                  host, qidv, mk.rfcdate(mk.plus(sent, 4)), rcpt, rcpt, rcpt))
    oh = our_sent_headers(orig, rcpt, rng, sent).render().decode().replace("\tby %s", "\tby " + host)
    p1 = mk.Part("text/plain", params=[("charset", "us-ascii", False)],
                 extra=["Content-Description: Notification"], payload=text.encode())
    p2 = mk.Part("message/delivery-status", extra=["Content-Description: Delivery report"],
                 payload=status.encode())
    p3 = mk.Part("text/rfc822-headers", extra=["Content-Description: Undelivered Message Headers"],
                 payload=oh.encode())
    bnd = "%s.%d/%s" % (qidv, int(dt.timestamp()), host)
    body = mk.multipart("report", [p1, p2, p3], bnd, quoted=True,
                        extra_params=[("report-type", "delivery-status", False)])
    body.preamble = "This is a MIME-encapsulated message."
    trace = cl.our_trace(rng, dt, None, "customercare@alliant-energy.com", host, ip,
                         ["dkim=none", "spf=none (mx.alliant-energy.com: %s does not designate permitted sender "
                          "hosts) smtp.helo=%s" % (host, host), "dmarc=none"], tls=True)
    trace.items.append("Received: by %s (Postfix)\r\n\tid %s; %s" % (host, qidv, mk.rfcdate(mk.plus(dt, -1))))
    mh = mk.Headers()
    mh.add("Date", mk.rfcdate(dt))
    mh.add("From", "MAILER-DAEMON@vtext.com (Mail Delivery System)", raw=True)
    mh.add("Subject", "Undelivered Mail Returned to Sender")
    mh.add("To", "customercare@alliant-energy.com", raw=True)
    mh.add("Auto-Submitted", "auto-replied", raw=True)
    mh.add("MIME-Version", "1.0", raw=True)
    mh.add("Message-Id", "<%d.%d@%s>" % (int(dt.timestamp()), rng.randint(1000, 99999), host), raw=True)
    return mk.finish(trace, mh, body)


def att_sms_bounce(spec, rng):
    """Sendmail-style DSN from AT&T's text gateway."""
    orig = O["S7"]
    rcpt = "5635550188@txt.att.net"
    dt = mk.parse_local(spec["date"])
    sent = mk.parse_local(orig["date"])
    host = "alp-mmsgw07.mms.att.net"
    ip = "144.160.159.47"
    qidv = "%s%06d" % (mk.ralnum(rng, 8), rng.randint(0, 999999))
    local_dt = sent.astimezone(mk._dt.timezone(mk._dt.timedelta(hours=-4)))
    text = ("The original message was received at %s\nfrom mta03.alliant-energy.com [198.51.100.25]\n\n"
            "   ----- The following addresses had permanent fatal errors -----\n<%s>\n"
            "    (reason: 550 5.1.1 message could not be delivered - subscriber not found)\n\n"
            "   ----- Transcript of session follows -----\n... while talking to mmsc.txt.att.net.:\n"
            ">>> DATA\n<<< 550 5.1.1 message could not be delivered - subscriber not found\n"
            "550 5.1.1 <%s>... User unknown\n<<< 503 5.5.1 No recipients\n" % (
                mk.rfcdate(local_dt), rcpt, rcpt))
    status = ("Reporting-MTA: dns; %s\nReceived-From-MTA: DNS; mta03.alliant-energy.com\nArrival-Date: %s\n\n"
              "Final-Recipient: RFC822; %s\nAction: failed\nStatus: 5.1.1\nRemote-MTA: DNS; mmsc.txt.att.net\n"
              "Diagnostic-Code: SMTP; 550 5.1.1 message could not be delivered - subscriber not found\n"
              "Last-Attempt-Date: %s\n" % (host, mk.rfcdate(local_dt), rcpt, mk.rfcdate(mk.plus(local_dt, 3))))
    oh = our_sent_headers(orig, rcpt, rng, sent).render().decode().replace("\tby %s", "\tby " + host)
    p1 = mk.Part("text/plain", payload=text.encode())
    p2 = mk.Part("message/delivery-status", payload=status.encode())
    p3 = mk.Part("text/rfc822-headers", payload=oh.encode())
    bnd = "%s.%d/%s" % (qidv, int(dt.timestamp()), host)
    body = mk.multipart("report", [p1, p2, p3], bnd, quoted=True,
                        extra_params=[("report-type", "delivery-status", False)])
    body.preamble = "This is a MIME-encapsulated message"
    trace = cl.our_trace(rng, dt, None, "customercare@alliant-energy.com", host, ip,
                         ["dkim=none", "spf=pass (mx.alliant-energy.com: domain of postmaster@%s designates %s as "
                          "permitted sender) smtp.helo=%s" % (host, ip, host), "dmarc=none"], tls=False)
    mh = mk.Headers()
    mh.add("Date", mk.rfcdate(local_dt.replace() if False else mk.plus(dt, 0).astimezone(
        mk._dt.timezone(mk._dt.timedelta(hours=-4)))))
    mh.add("From", "Mail Delivery Subsystem <MAILER-DAEMON@%s>" % host, raw=True)
    mh.add("Message-Id", "<%s@%s>" % (qidv, host), raw=True)
    mh.add("To", "<customercare@alliant-energy.com>", raw=True)
    mh.add("MIME-Version", "1.0", raw=True)
    mh.add("Subject", "Returned mail: see transcript for details")
    mh.add("Auto-Submitted", "auto-generated (failure)", raw=True)
    return mk.finish(trace, mh, body)


def mailbox_full(spec, rng):
    """Old-style Exim bounce (no MIME) from a small rural ISP: the mailbox is full."""
    orig = O["P2"]
    rcpt = "hjensen@prairielink.net"
    dt = mk.parse_local(spec["date"])
    sent = mk.parse_local(orig["date"])
    host = "mail.prairielink.net"
    ip = "198.51.100.77"
    oh = our_sent_headers(orig, rcpt, rng, sent).render().decode().replace("\tby %s", "\tby " + host)
    body_text = ("This message was created automatically by mail delivery software.\n\n"
                 "A message that you sent could not be delivered to one or more of its\n"
                 "recipients. This is a permanent error. The following address(es) failed:\n\n"
                 "  %s\n    This mailbox is full. The user's mailbox has exceeded its quota\n"
                 "    and cannot accept new messages.\n\n"
                 "------ This is a copy of the message's headers. ------\n\n" % rcpt)
    payload = (body_text + oh.replace("\r\n", "\n")).encode()
    trace = cl.our_trace(rng, dt, None, "customercare@alliant-energy.com", host, ip,
                         ["dkim=none", "spf=none (mx.alliant-energy.com: %s does not designate permitted sender "
                          "hosts) smtp.helo=%s" % (host, host), "dmarc=none"], tls=False)
    mh = mk.Headers()
    mh.add("Received", "from Debian-exim by %s with local (Exim 4.94.2)\r\n\tid 1wK%s-000%s-%s\r\n"
           "\tfor customercare@alliant-energy.com; %s" % (host, mk.ralnum(rng, 3), mk.ralnum(rng, 3),
                                                          mk.ralnum(rng, 2), mk.rfcdate(dt, pad=True)), raw=True)
    mh.add("X-Failed-Recipients", rcpt, raw=True)
    mh.add("Auto-Submitted", "auto-replied", raw=True)
    mh.add("From", "Mail Delivery System <Mailer-Daemon@%s>" % host, raw=True)
    mh.add("To", "customercare@alliant-energy.com", raw=True)
    mh.add("References", orig["msgid"], raw=True)
    mh.add("Subject", "Mail delivery failed: returning message to sender")
    mh.add("Message-Id", "<E1wK%s-000%s-%s@%s>" % (mk.ralnum(rng, 3), mk.ralnum(rng, 3), mk.ralnum(rng, 2), host),
           raw=True)
    mh.add("Date", mk.rfcdate(dt, pad=True))
    return trace.render() + mh.render() + mk.CRLF + payload.replace(b"\n", mk.CRLF)


def read_receipt(spec, rng):
    """Outlook.com read receipt (MDN) for our acknowledgement."""
    orig = O["A_PRITCHARD"]
    dt = mk.parse_local(spec["date"])
    sent = mk.parse_local(orig["date"])
    env = spec["email"]

    def stamp(d):
        return "%s, %s %d, %d %d:%02d:%02d %s (UTC-06:00) Central Time (US & Canada)" % (
            mk.LDAYS[d.weekday()], mk.LMONS[d.month - 1], d.day, d.year, d.hour % 12 or 12, d.minute, d.second,
            "AM" if d.hour < 12 else "PM")
    text = ("Your message\n\n  To:  %s\n  Subject:  %s\n  Sent:  %s\n\nwas read on %s.\n" % (
        spec["name"], orig["subject"], stamp(sent), stamp(dt)))
    pod = "BN0PR19MB%04d" % rng.randint(1000, 9999)
    mdn = ("Reporting-UA: %s.namprd19.prod.outlook.com; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;%s\n"
           "Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n" % (pod, env,
                                                                                                orig["msgid"]))
    local = pod + mk.ralnum(rng, 36, "0123456789ABCDEF") + "A"
    bnd = "_000_" + local + pod + "namp_"
    p1 = mk.text_part(text, "plain", "us-ascii", cte="quoted-printable", quote_cs=True)
    p2 = mk.Part("message/disposition-notification", payload=mdn.encode())
    body = mk.multipart("report", [p1, p2], bnd, quoted=True,
                        extra_params=[("report-type", "disposition-notification", False)])
    host, ip = cl.provider_ip(rng, "outlook")
    auth = cl.auth_pass(rng, host, env, ip, "hotmail.com", "selector1", dmarc="p=NONE sp=QUARANTINE dis=NONE")
    trace = cl.our_trace(rng, dt, env, "customercare@alliant-energy.com", host, ip, auth)
    trace.items.append(mk.dkim(rng, "hotmail.com", "selector1", "From:Date:Subject:Message-ID:Content-Type:"
                               "MIME-Version:X-MS-Exchange-SenderADCheck", mk.body_hash(body)))
    mh = mk.Headers()
    mh.add("From", mk.addr(spec["name"], env))
    mh.add("To", '"Alliant Energy Customer Care" <customercare@alliant-energy.com>')
    mh.add("Subject", "Read: " + orig["subject"])
    mh.add("Thread-Topic", orig["subject"])
    mh.add("Thread-Index", "AQHc" + mk.ralnum(rng, 28) + "==", raw=True)
    mh.add("Date", mk.rfcdate(dt, utc=True))
    mh.add("Message-ID", "<%s@%s.namprd19.prod.outlook.com>" % (local, pod), raw=True)
    mh.add("In-Reply-To", orig["msgid"], raw=True)
    mh.add("Accept-Language", "en-US", raw=True)
    mh.add("Content-Language", "en-US", raw=True)
    mh.add("X-MS-Has-Attach", "", raw=True)
    mh.add("X-MS-TNEF-Correlator", "", raw=True)
    mh.add("x-ms-exchange-messagesentrepresentingtype", "1", raw=True)
    mh.add("MIME-Version", "1.0", raw=True)
    return mk.finish(trace, mh, body)


def gmail_unsubscribe(spec, rng):
    """Gmail's one-click unsubscribe sent to our List-Unsubscribe mailto, with Auto-Submitted."""
    dt = mk.parse_local(spec["date"])
    body = mk.text_part("This message was automatically generated by Gmail.\n", "plain", "UTF-8",
                        cte="7bit", quote_cs=True)
    body.cte = None
    trace, mh = cl._gmail_common(spec, rng, dt, "powerhousecatalog@alliant-energy.com", "unsubscribe", None, None,
                                 body, cl._gmail_msgid(rng),
                                 dkim_h="to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:"
                                        "message-id:reply-to")
    mh.add("Auto-Submitted", "auto-generated", raw=True)
    return mk.finish(trace, mh, body)


AUTOMATED = [
    M("auto:driving-autoreply", "gmail-android", "Shane Mortensen", "shanemortensen@gmail.com",
      "2026-04-14 07:31:02", "I'm driving right now and can't read your message. I'll get back to you when "
      "I'm parked.\n\n-- sent automatically by Drive Safe Auto Reply", reply="P3", quote=False, sig="",
      subject="Auto-reply: Energy Matters | April 2026: storm season, rebates and more",
      extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
      automated=True, ack=None, note="phone 'I'm driving' auto-reply app with Auto-Submitted; " + AUTO_NOTE),
    M("auto:driving-headerless", "iphone", "Tara Voigt", "tvoigt@icloud.com", "2026-09-15 10:12:44",
      "I'm driving with Driving Focus turned on. I'll see your message when I get where I'm going.",
      reply="C4", quote=False, sig="", html=False, automated=True, ack=None,
      note="Driving Focus auto-reply without any Auto-Submitted header; still machine-made. " + AUTO_NOTE),
    M("auto:bounce-vtext", None, "", "", "2026-07-02 18:42:09", raw=vtext_bounce, mailbox="customercare",
      automated=True, ack=None,
      note="carrier e-mail-to-text gateway DSN: outage alert 'could not be delivered'; quoted headers are ours. "
           + AUTO_NOTE),
    M("auto:bounce-att-sms", None, "", "", "2026-06-12 15:00:51", raw=att_sms_bounce, mailbox="customercare",
      automated=True, ack=None, note="sendmail-style DSN from AT&T text gateway for the storm-prep alert. "
                                      + AUTO_NOTE),
    M("auto:mailbox-full", None, "", "", "2026-04-02 08:31:20", raw=mailbox_full, mailbox="customercare",
      automated=True, ack=None,
      note="legacy non-MIME Exim bounce 'this mailbox is full' for the EV promo. " + AUTO_NOTE),
    M("auto:read-receipt", "outlook-ios", "Gail Pritchard", "gpritchard@hotmail.com", "2026-05-08 14:31:02",
      raw=read_receipt, mailbox="customercare", automated=True, ack=None,
      note="Outlook read receipt (MDN) for our acknowledgement; no request. " + AUTO_NOTE),
    M("auto:ooo-outlook", "outlook-android", "Mitch Larkin", "mlarkin_ia@outlook.com", "2026-06-17 08:00:31",
      "I'm on vacation through June 22 with limited access to email. For anything urgent at the shop call Dave "
      "at 319-555-0123.", reply="P7", quote=False, sig="",
      subject="Automatic reply: Beat the heat: $25 off an AC tune-up",
      extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("X-MS-Exchange-Inbox-Rules-Loop", "mlarkin_ia@outlook.com")],
      automated=True, ack=None, note="Outlook out-of-office to a promotion. " + AUTO_NOTE),
    M("auto:yahoo-vacation", "yahoo-ios", "Sherry Klein", "sklein_ia@yahoo.com", "2025-11-18 09:00:40",
      "Thank you for your email. I am away from home until December 1 and will reply when I get back.",
      reply="C5", quote=False, sig="", extra_headers=[("Auto-Submitted", "auto-replied")],
      automated=True, ack=None, note="Yahoo vacation response to a catalog e-mail. " + AUTO_NOTE),
    M("auto:vacation-es", "gmail-android", "Ana Luc\u00eda Paredes", "analu.paredes@gmail.com",
      "2026-07-08 11:20:37",
      "Hola, estoy de viaje hasta el 20 de julio y no tengo acceso a mi correo. Le responder\u00e9 a mi regreso.\n\n"
      "Gracias,\nAna Luc\u00eda", reply="P6", quote=False, subject="Fuera de la oficina", lang="es",
      extra_headers=[("Auto-Submitted", "auto-replied")], automated=True, ack=None,
      note="Spanish Gmail vacation responder; signed, but automated so no entities. " + AUTO_NOTE),
    M("auto:proton-autoreply", "proton", "Jonas Lindahl", "j.lindahl@proton.me", "2026-03-16 09:05:40",
      "I'm on parental leave until April 27. Messages are not forwarded.", reply="A_LINDAHL", quote=False,
      sig="", subject="Auto: We received your request [CC-2026-03-04502]",
      extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")], automated=True, ack=None,
      note="Proton auto-reply to our acknowledgement (loop risk). " + AUTO_NOTE),
    M("auto:no-longer-monitored", "att-web", "Donald Reese", "dreese47@att.net", "2026-04-14 07:16:12",
      "This email address is no longer being monitored. Please update your records.", reply="P3", quote=False,
      automated=True, ack=None,
      note="headerless 'no longer monitored' auto-reply (no Auto-Submitted); 'update your records' is canned. "
           + AUTO_NOTE),
    M("auto:fastmail-autoreply", "fastmail", "Priscilla Dahl", "pdahl@fastmail.com", "2026-04-02 08:31:05",
      "Thanks for your message. I'm travelling until April 12 and checking email only occasionally.",
      reply="P2", quote=False, subject="Auto: Plug in at home: $500 toward a Level 2 EV charger",
      extra_headers=[("Auto-Submitted", "auto-replied")], automated=True, ack=None,
      note="Fastmail vacation auto-reply to a promotion. " + AUTO_NOTE),
    M("sw:gmail-unsubscribe", "gmail-android", "Trent Halvorson", "trent.halvorson@gmail.com",
      "2026-06-10 19:02:33", raw=gmail_unsubscribe, mailbox="powerhousecatalog", labels=[MO], ack=None,
      note="Gmail Unsubscribe button sent to our List-Unsubscribe mailto: a person's opt-out (marketing only, "
           "even from a catalog e-mail); Auto-Submitted present so ack_to null"),
    M("sw:apple-unsubscribe", "iphone", "Leah Sundberg", "lsundberg@icloud.com", "2026-04-15 12:40:18",
      "", subject="unsubscribe", mailbox="customercare", sig="", html=False, labels=[MO],
      note="iPhone Mail's Unsubscribe banner mailed our List-Unsubscribe address; empty body, no Auto-Submitted, "
           "so the sender gets the acknowledgement"),
]

SPECS = AUTOMATED
