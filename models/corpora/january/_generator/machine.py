# -*- coding: utf-8 -*-
"""The fortnight's machine mail: auto-replies, bounces, newsletters, list traffic, vendor and system
notices, phishing and cold sales, read receipts, challenge-response. All automated: no labels, no ack."""
from clients import Out, BOX, fake_jpeg
from mimekit import (UTC, PST, EST, at, addr, ehdr, epoch, esc, fold_b, h12, leaf, multipart, pf, pf_qid, ralnum, rb64, rdig,
                     rfc, rhex, ruuid, sig_b64, encode, encode_bytes_b64, is_ascii, LMONS, LDAYS, MONS)
from ours import (CC, PH, PROMO_A_SUBJECT, PROMO_A_TEXT, PROMO_A_TOKEN, PROMO_B_SUBJECT, PROMO_B_TEXT, ACK_TEXT,
                  OUTAGE_TEXT)


def A(key, cat, lang, box, when, note, fn, **kw):
    d = dict(key=key, cat=cat, lang=lang, box=box, when=when, note=note, fn=fn)
    d.update(kw)
    return d


# ------------------------------------------------------------------ our own messages, as they were sent
def promoA_headers(rcpt, R, sent=None):
    sent = sent or at("01-05 10:02:14")
    return ["Return-Path: <%s>" % CC,
            "From: Alliant Energy <%s>" % CC, "To: %s" % rcpt, "Subject: %s" % PROMO_A_SUBJECT,
            "Date: %s" % rfc(sent), "Message-ID: <%s.%s@news.alliant-energy.com>" % (PROMO_A_TOKEN, rhex(R, 10)),
            "List-Unsubscribe: <mailto:%s?subject=unsubscribe%%20%s>" % (CC, PROMO_A_TOKEN),
            "MIME-Version: 1.0", 'Content-Type: multipart/alternative; boundary="=_aenl_%s"' % rhex(R, 16)]


def promoB_headers(rcpt, R):
    return ["Return-Path: <%s>" % PH,
            "From: PowerHouse Catalog <%s>" % PH, "To: %s" % rcpt, "Subject: %s" % PROMO_B_SUBJECT,
            "Date: %s" % rfc(at("01-07 10:01:37")), "Message-ID: <PH-2701-WC.%s@news.alliant-energy.com>" % rhex(R, 10),
            "List-Unsubscribe: <mailto:%s?subject=unsubscribe>" % PH,
            "MIME-Version: 1.0", 'Content-Type: multipart/alternative; boundary="=_phwc_%s"' % rhex(R, 16)]


def ack_headers(rcpt, ccid, sent):
    return ["From: Alliant Energy Customer Care <%s>" % CC, "To: %s" % rcpt, "Subject: We received your request [%s]" % ccid,
            "Date: %s" % rfc(sent), "Message-ID: <ack.%s@alliant-energy.com>" % ccid, "Auto-Submitted: auto-replied",
            "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 7bit"]


def our_promo_as_message(which, rcpt, R):
    """Our promo as it left (plain part only, for message/rfc822 and qmail copies)."""
    if which == "A":
        hs = promoA_headers(rcpt, R)[1:]
        text = PROMO_A_TEXT
    else:
        hs = promoB_headers(rcpt, R)[1:]
        text = PROMO_B_TEXT
    b = hs[-1].split('"')[1]
    return hs, b, text


def fixed_mx(env, host, ip, helo=None):
    return env, helo or host, host, ip


# ------------------------------------------------------------------ auto-replies
def exch_autoreply(s, R, dt, mx):
    """Exchange Online out-of-office: 'Automatic reply: <subject>'."""
    name, em, subj, text, lang = s["who"][0], s["who"][1], s["subj"], s["text"], s.get("clang", "en-US")
    dom = em.split("@")[1]
    srv = "%sPR%02dMB%04d" % (R.choice(["CH0", "MN2", "SA0", "DS7"]), R.randint(10, 22), R.randint(1000, 9999))
    region = "namprd%02d" % R.randint(10, 22)
    orig = s["orig_mid"]
    hs = ["From: %s" % addr(name, em), "To: %s" % addr(s.get("to_name", "Alliant Energy"), BOX[s["box"]]),
          "Subject: %s" % ehdr(subj), "Thread-Topic: %s" % ehdr(s["topic"]), "Thread-Index: %s==" % rb64(R, 30),
          "Date: %s" % rfc(dt.astimezone(UTC)), "Message-ID: <%s%s@%s.%s.prod.outlook.com>" % (srv, rhex(R, 24, True), srv, region),
          "References: %s" % orig, "In-Reply-To: %s" % orig, "Content-Language: %s" % lang, "X-MS-Has-Attach:",
          "X-MS-Exchange-Organization-SCL: -1", "X-MS-TNEF-Correlator:", "X-MS-Exchange-Organization-RecordReviewCfmType: 0",
          "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All", "x-ms-exchange-parent-message-id: %s" % orig,
          "x-ms-exchange-generated-message-source: Mailbox Rules Agent"]
    b = "_000_%s%s_" % (srv, rhex(R, 24, True))
    hs += ['Content-Type: multipart/alternative;\n\tboundary="%s"' % b, "MIME-Version: 1.0"]
    cs = "us-ascii" if is_ascii(text) else "iso-8859-1"
    html_ = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n</head>\n<body>\n'
             '<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n%s</div>\n</body>\n</html>\n'
             % (cs, "<br>\n".join(esc(l) for l in text.split("\n"))))
    body = multipart(b, [leaf("text/plain", text, '"%s"' % cs, "quoted-printable"), leaf("text/html", html_, '"%s"' % cs, "quoted-printable")])
    host = "mail-%snam%02don2%03d.outbound.protection.outlook.com" % (R.choice(["bn8", "dm3", "co1"]), R.randint(10, 12), R.randint(10, 99))
    ip = "40.107.%d.%d" % (R.randint(90, 99), R.randint(10, 250))
    top = ["Received: from %s.%s.prod.outlook.com (2603:10b6:%s::%d) by\n %s.%s.prod.outlook.com (2603:10b6:%s::%d) with\n Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.8356.%d; %s" % (
        srv, region, rhex(R, 3), R.randint(9, 30), srv, region, rhex(R, 3), R.randint(9, 30), R.randint(10, 30), rfc(dt.astimezone(UTC)))]
    auth = ("dkim=pass header.d=%s header.s=selector1 header.b=%s;\n\tspf=pass (%s.alliant-energy.com: domain of postmaster@%s designates %s as permitted sender) smtp.helo=%s;\n"
            "\tdmarc=pass (p=NONE sp=NONE dis=NONE) header.from=%s" % (dom, rb64(R, 8), mx, host, ip, host, dom))
    return Out("", host, host, ip, auth, top, hs, body)


def gmail_vacation(s, R, dt, mx):
    name, em = s["who"]
    t = epoch(dt)
    pst = dt.astimezone(PST)
    hs = ["MIME-Version: 1.0", "Received: by 2002:a05:6214:%s:b0:%s:%s:%s with HTTP; %s" % (rhex(R, 4), rhex(R, 3), rhex(R, 4), rhex(R, 4), rfc(pst, pad=True, zname=True)),
          "In-Reply-To: %s" % s["orig_mid"], "References: %s" % s["orig_mid"],
          "From: %s" % addr(name, em), "Date: %s" % rfc(dt), "Message-ID: <CA%s@mail.gmail.com>" % rb64(R, 40).replace("/", "_").replace("+", "-"),
          "Subject: %s" % ehdr(s["subj"]), "To: %s" % addr(s.get("to_name", "Alliant Energy"), BOX[s["box"]]),
          "Auto-Submitted: auto-replied"]
    b = "000000000000" + rhex(R, 16)
    hs.append('Content-Type: multipart/alternative; boundary="%s"' % b)
    text = s["text"]
    html_ = '<div dir="ltr">%s</div>\n' % "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in text.split("\n"))
    body = multipart(b, [leaf("text/plain", text, '"UTF-8"'), leaf("text/html", html_, '"UTF-8"')])
    host = "mail-sor-f%d.google.com" % R.randint(41, 99)
    ip = "209.85.220.%d" % R.randint(41, 99)
    top = ["DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=gmail.com; s=20230601; t=%d; x=%d; darn=alliant-energy.com;\n"
           "        h=to:subject:message-id:date:from:auto-submitted:references\n         :in-reply-to:mime-version:from:to:cc:subject:date:message-id:reply-to;\n"
           "        bh=%s=;\n%s" % (t, t + 604800, rb64(R, 43), fold_b(sig_b64(R), "        b=", "         ")),
           "X-Google-Smtp-Source: AGHT+I%s" % rb64(R, 60)]
    auth = ("dkim=pass header.d=gmail.com header.s=20230601 header.b=%s;\n\tspf=pass (%s.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
            "\tdmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com" % (rb64(R, 8), mx, em, ip, em))
    return Out(em, host, host, ip, auth, top, hs, body)


def yahoo_autoreply(s, R, dt, mx):
    name, em = s["who"]
    hs = ["Date: %s" % rfc(dt.astimezone(UTC), zname=True), "From: %s" % addr(name, em), "To: %s" % BOX[s["box"]],
          "Message-ID: <%d.%d.%d%03d@mail.yahoo.com>" % (R.randint(10 ** 8, 2 * 10 ** 9), R.randint(10 ** 5, 10 ** 7), epoch(dt), R.randint(0, 999)),
          "In-Reply-To: %s" % s["orig_mid"], "Subject: %s" % s["subj"], "MIME-Version: 1.0",
          "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 7bit", "Auto-Submitted: auto-replied",
          "X-Autoreply: yes", "X-Mailer: YahooMailVacationResponder"]
    host = "sonic%d-%d.consmr.mail.ne1.yahoo.com" % (R.randint(300, 330), R.randint(1, 40))
    ip = "66.163.%d.%d" % (R.randint(184, 191), R.randint(2, 250))
    top = ["DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t=%d; bh=%s=; h=Date:From:To:Subject:From:Subject;\n%s" % (
        epoch(dt), rb64(R, 43), fold_b(sig_b64(R), " b=", " ", 76)),
           "Received: from sonic.gate.mail.ne1.yahoo.com by sonic%d.consmr.mail.ne1.yahoo.com with HTTP; %s" % (R.randint(300, 330), rfc(dt.astimezone(UTC)))]
    auth = ("dkim=pass header.d=yahoo.com header.s=s2048 header.b=%s;\n\tspf=pass (%s.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
            "\tdmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=yahoo.com" % (rb64(R, 8), mx, em, ip, em))
    return Out(em, host, host, ip, auth, top, hs, s["text"] + "\n")


def plain_autoreply(s, R, dt, mx):
    """A small business's hosted mailbox answering with a canned 'no longer monitored' text: no Auto-Submitted."""
    name, em = s["who"]
    dom = em.split("@")[1]
    hs = ["Date: %s" % rfc(dt), "From: %s" % addr(name, em), "To: %s" % BOX[s["box"]], "Subject: %s" % s["subj"],
          "Message-ID: <%s.%s@%s>" % (rdig(R, 10), rhex(R, 8), dom), "In-Reply-To: %s" % s["orig_mid"],
          "MIME-Version: 1.0", "Content-Type: text/plain; charset=us-ascii", "Content-Transfer-Encoding: 7bit"]
    host = "server%d.heartlandhosting.net" % R.randint(10, 99)
    ip = "69.%d.%d.%d" % (R.randint(160, 170), R.randint(0, 255), R.randint(2, 250))
    top = ["Received: from [127.0.0.1] (port=%d helo=%s)\n\tby %s with esmtpa (Exim 4.98)\n\t(envelope-from <%s>)\n\tid 1t%s-%s-%s\n\tfor %s; %s" % (
        R.randint(30000, 60000), host, host, em, ralnum(R, 4), ralnum(R, 6), ralnum(R, 2), BOX[s["box"]], rfc(dt))]
    auth = ("dkim=none;\n\tspf=pass (%s.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
            "\tdmarc=none (p=NONE) header.from=%s" % (mx, em, ip, em, dom))
    return Out(em, host, host, ip, auth, top, hs, s["text"] + "\n")


def ticket_autoreply(s, R, dt, mx):
    name, em = s["who"]
    tid = s["ticket"]
    text = s["text"]
    html_ = "<html><body>%s</body></html>\n" % "".join("<p>%s</p>" % esc(p) for p in text.split("\n\n"))
    b = "--==_mimepart_%s_%s" % (rhex(R, 13), rdig(R, 5))
    hs = ["Date: %s" % rfc(dt.astimezone(UTC)), "From: %s" % addr(name, em), "Reply-To: %s" % addr(name, em), "To: %s" % BOX[s["box"]],
          "Message-ID: <%s_%s@lakeshorepm.helpharbor.com>" % (ralnum(R, 14), tid), "In-Reply-To: %s" % s["orig_mid"],
          "Subject: [Ticket #%s] %s" % (tid, s["subj"]), "MIME-Version: 1.0", 'Content-Type: multipart/alternative;\n boundary="%s";\n charset=UTF-8' % b,
          "Content-Transfer-Encoding: 7bit", "Auto-Submitted: auto-replied", "X-Autoreply: yes", "X-HelpHarbor-Ticket: %s" % tid,
          "Precedence: bulk"]
    body = multipart(b, [leaf("text/plain", text, "UTF-8"), leaf("text/html", html_, "UTF-8")])
    host = "o%d.mail.helpharbor.com" % R.randint(1, 30)
    ip = "167.89.%d.%d" % (R.randint(0, 127), R.randint(2, 250))
    env = "bounces+%d-%s@mail.helpharbor.com" % (R.randint(10 ** 6, 10 ** 7), rhex(R, 4))
    top = ["DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=lakeshorepm.com;\n\th=from:reply-to:to:subject:in-reply-to:content-type:auto-submitted;\n\ts=hh1; bh=%s=;\n%s" % (
        rb64(R, 43), fold_b(sig_b64(R), "\tb=", "\t", 72))]
    auth = ("dkim=pass header.d=lakeshorepm.com header.s=hh1 header.b=%s;\n\tspf=pass (%s.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
            "\tdmarc=pass (p=NONE sp=NONE dis=NONE) header.from=lakeshorepm.com" % (rb64(R, 8), mx, env, ip, env))
    return Out(env, host, host, ip, auth, top, hs, body)


# ------------------------------------------------------------------ bounces
def postfix_dsn(s, R, dt, mx):
    host, rcpt, status, diag, which = s["host"], s["rcpt"], s["status"], s["diag"], s["which"]
    qid = rhex(R, 10, True)
    b = "%s.%d/%s" % (qid, epoch(dt), host)
    ohs, _, _ = our_promo_as_message(which, rcpt, R)
    env_from = CC if which == "A" else PH
    arrival = at("01-05 10:02:19") if which == "A" else at("01-07 10:01:41")
    notif = ("This is the mail system at host %s.\n\nI'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
             "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
             "                   The mail system\n\n<%s>: %s\n" % (host, rcpt, diag))
    report = ("Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\nArrival-Date: %s\n\n"
              "Final-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: failed\nStatus: %s\nDiagnostic-Code: x-unix; %s\n" % (
                  host, qid, env_from, rfc(arrival), rcpt, rcpt, status, diag))
    parts = ["Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n" + notif,
             "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n" + report,
             "Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n" + "\n".join(ohs) + "\n"]
    hs = ["Received: by %s (Postfix)\n\tid %s; %s" % (host, pf_qid(R), pf(dt)), "Date: %s" % rfc(dt),
          "From: MAILER-DAEMON@%s (Mail Delivery System)" % host, "Subject: Undelivered Mail Returned to Sender",
          "To: %s" % BOX[s["box"]], "Auto-Submitted: auto-replied", "MIME-Version: 1.0",
          'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="%s"' % b, "Content-Transfer-Encoding: 8bit",
          "Message-Id: <%s.%s@%s>" % (dt.astimezone(UTC).strftime("%Y%m%d%H%M%S"), pf_qid(R), host)]
    body = multipart(b, parts, "This is a MIME-encapsulated message.\n")
    ip = s["ip"]
    auth = "dkim=none;\n\tspf=pass (%s.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.helo=%s;\n\tdmarc=none" % (mx, host, ip, host)
    return Out("", host, host, ip, auth, [], hs, body)


def gmail_bounce(s, R, dt, mx):
    rcpt = s["rcpt"]
    b = "000000000000" + rhex(R, 16)
    b2 = "000000000000" + rhex(R, 16)
    ohs, _, text = our_promo_as_message(s["which"], rcpt, R)
    msg = ("\n** Address not found **\n\nYour message wasn't delivered to %s because the address couldn't be found, or is unable to receive mail.\n\n"
           "Learn more here: https://support.google.com/mail/?p=NoSuchUser\n\nThe response was:\n\n"
           "The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser %s-%s.%d - gsmtp\n" % (
               rcpt, rhex(R, 12), ralnum(R, 6), R.randint(1, 9)))
    html_ = ('<html>\n<head></head>\n<body>\n<table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;background-color:#ffffff;"><tbody>\n'
             '<tr><td><h1 style="font-size:24px;">Address not found</h1>\n<p style="font-size:16px;">Your message wasn\'t delivered to <a style="color:#212121;text-decoration:none;"><b>%s</b></a> because the address couldn\'t be found, or is unable to receive mail.</p>\n'
             '</td></tr></tbody></table>\n</body>\n</html>\n' % rcpt)
    report = ("Reporting-MTA: dns; googlemail.com\nReceived-From-MTA: dns; out2.alliant-energy.com\nArrival-Date: %s\nX-Original-Message-ID: %s\n\n"
              "Final-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; gmail-smtp-in.l.google.com. (2607:f8b0:4001:c1f::1b, the server for the domain gmail.com.)\n"
              "Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.\nLast-Attempt-Date: %s\n" % (
                  rfc(at("01-05 10:02:19").astimezone(PST)), ohs[4].split(": ", 1)[1], rcpt, rfc(dt.astimezone(PST))))
    alt = 'Content-Type: multipart/alternative; boundary="%s"\n\n' % b2 + multipart(b2, [leaf("text/plain", msg, '"UTF-8"', "7bit"), leaf("text/html", html_, '"UTF-8"', "7bit")])
    parts = [alt, "Content-Type: message/delivery-status\n\n" + report, "Content-Type: message/rfc822\n\n" + "\n".join(ohs) + "\n\n--%s\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n%s\n--%s--\n" % (
        ohs[-1].split('"')[1], encode(text, "utf-8", "quoted-printable").rstrip("\n"), ohs[-1].split('"')[1])]
    hs = ["Received: by 2002:a05:6214:%s:b0:%s:%s:%s with SMTP id %s;\n        %s" % (rhex(R, 4), rhex(R, 3), rhex(R, 4), rhex(R, 4), rhex(R, 16), rfc(dt.astimezone(PST), pad=True, zname=True)),
          "Return-Path: <>" if False else "X-Failed-Recipients: %s" % rcpt,
          "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "To: %s" % BOX[s["box"]], "Auto-Submitted: auto-replied",
          "Subject: Delivery Status Notification (Failure)", "References: %s" % ohs[4].split(": ", 1)[1],
          "In-Reply-To: %s" % ohs[4].split(": ", 1)[1], "X-Gm-Message-State: AOJu0Y%s" % rb64(R, 58), "Message-ID: <%s.%s.%s@mx.google.com>" % (rhex(R, 8), rhex(R, 8), rhex(R, 4)),
          "Date: %s" % rfc(dt.astimezone(PST)), "MIME-Version: 1.0",
          'Content-Type: multipart/report; boundary="%s"; report-type=delivery-status' % b]
    body = multipart(b, parts)
    host = "mail-sor-f%d.google.com" % R.randint(41, 99)
    ip = "209.85.220.%d" % R.randint(41, 99)
    top = ["DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=googlemail.com; s=20230601; t=%d; x=%d; darn=alliant-energy.com;\n        h=date:message-id:in-reply-to:references:subject:auto-submitted:to:from\n         :x-failed-recipients:from:to:cc:subject:date:message-id:reply-to;\n        bh=%s=;\n%s" % (
        epoch(dt), epoch(dt) + 604800, rb64(R, 43), fold_b(sig_b64(R), "        b=", "         "))]
    auth = ("dkim=pass header.d=googlemail.com header.s=20230601 header.b=%s;\n\tspf=pass (%s.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.helo=%s;\n"
            "\tdmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=googlemail.com" % (rb64(R, 8), mx, host, ip, host))
    return Out("", host, host, ip, auth, top, hs, body)


def exchange_ndr(s, R, dt, mx):
    rcpt, dom = s["rcpt"], s["rcpt"].split("@")[1]
    ohs, _, _ = our_promo_as_message(s["which"], rcpt, R)
    b = "%s" % ruuid(R)
    b2 = "%s" % ruuid(R)
    tenant = s["tenant"]
    text = ("Your message to %s couldn't be delivered.\n\n%s wasn't found at %s.\n\n%s    Office 365      %s\nAction Required                 Recipient\n\n"
            "Unknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following:\n\n"
            "  *   Retype the recipient's address, then resend the message.\n  *   If the recipient has left the organization, remove them from your contact list.\n\n"
            "More Info for Email Admins\nStatus code: 550 5.1.10\n\nThis error occurs because the recipient's email address doesn't exist at the destination domain.\n\n"
            "Original Message Details\nCreated Date:    %s\nSender Address:    %s\nRecipient Address:    %s\nSubject:    %s\n\n"
            "Error Details\nError:    550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient %s not found by SMTP address lookup\n"
            "Message rejected by:    %s.%s.prod.outlook.com\n" % (
                rcpt, rcpt.split("@")[0], dom, "alliant-energy.com", dom, "1/7/2027 4:01:37 PM", PH, rcpt, PROMO_B_SUBJECT, rcpt,
                "MN2PR14MB%04d" % R.randint(1000, 9999), "namprd14"))
    html_ = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">\n</head>\n<body>\n'
             '<p style="font-family:Segoe UI, Frutiger, Arial, sans-serif;font-size:16px;color:#000000">Your message to <a href="mailto:%s">%s</a> couldn\'t be delivered.</p>\n'
             '<p>%s wasn\'t found at %s.</p>\n<p>Status code: 550 5.1.10</p>\n</body>\n</html>\n' % (rcpt, rcpt, rcpt.split("@")[0], dom))
    report = ("Reporting-MTA: dns;MN2PR14MB%04d.namprd14.prod.outlook.com\nReceived-From-MTA: dns;mx2.alliant-energy.com\nArrival-Date: %s\n\n"
              "Final-Recipient: rfc822;%s\nAction: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient %s not found by SMTP address lookup\n" % (
                  R.randint(1000, 9999), rfc(at("01-07 10:01:41").astimezone(UTC)), rcpt, rcpt))
    alt = 'Content-Type: multipart/alternative; differences=Content-Type;\n\tboundary="%s"\n\n' % b2 + multipart(b2, [leaf("text/plain", text, "us-ascii", "quoted-printable"), leaf("text/html", html_, "us-ascii", "quoted-printable")])
    parts = [alt, "Content-Type: message/delivery-status\n\n" + report, "Content-Type: text/rfc822-headers\n\n" + "\n".join(ohs) + "\n"]
    hs = ["From: postmaster@%s" % tenant, "To: %s" % PH, "Date: %s" % rfc(dt.astimezone(UTC)), "Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"%s\"" % b,
          "Content-Language: en-US", "Message-ID: <%s@MN2PR14MB%04d.namprd14.prod.outlook.com>" % (ruuid(R), R.randint(1000, 9999)),
          "In-Reply-To: %s" % ohs[4].split(": ", 1)[1], "References: %s" % ohs[4].split(": ", 1)[1],
          "Subject: Undeliverable: %s" % PROMO_B_SUBJECT, "Auto-Submitted: auto-replied", "X-MS-PublicTrafficType: Email",
          "X-MS-Exchange-Message-Is-Ndr:", "MIME-Version: 1.0"]
    body = multipart(b, parts)
    host = "mail-mw2nam12on2%03d.outbound.protection.outlook.com" % R.randint(10, 99)
    ip = "40.107.244.%d" % R.randint(10, 250)
    auth = ("dkim=none;\n\tspf=pass (%s.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.helo=NAM12-MW2-obe.outbound.protection.outlook.com;\n\tdmarc=none" % (mx, tenant, ip))
    return Out("", "NAM12-MW2-obe.outbound.protection.outlook.com", host, ip, auth, [], hs, body)


def qmail_bounce(s, R, dt, mx):
    host, rcpt = s["host"], s["rcpt"]
    ohs, b, text = our_promo_as_message(s["which"], rcpt, R)
    copy = ("Return-Path: <%s>\nReceived: (qmail %d invoked from network); %s\nReceived: from mx2.alliant-energy.com (10.20.0.12)\n  by %s with SMTP; %s\n"
            % (PH, R.randint(1000, 99999), rfc(at("01-07 10:01:44").astimezone(UTC)).replace(" +0000", " -0000"), host, rfc(at("01-07 10:01:44").astimezone(UTC)).replace(" +0000", " -0000"))
            + "\n".join(ohs) + "\n\n--%s\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 7bit\n\n%s\n\n--%s--\n" % (b, text, b))
    body = ("Hi. This is the qmail-send program at %s.\nI'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n<%s>:\nSorry, the user's mailbox is over quota. (#5.2.2)\n\n"
            "--- Below this line is a copy of the message.\n\n%s" % (host, rcpt, copy))
    hs = ["Received: (qmail %d invoked for bounce); %s" % (R.randint(1000, 99999), rfc(dt.astimezone(UTC)).replace(" +0000", " -0000")),
          "Date: %s" % rfc(dt.astimezone(UTC)).replace(" +0000", " -0000"), "From: MAILER-DAEMON@%s" % host, "To: %s" % PH,
          "Subject: failure notice"]
    ip = s["ip"]
    auth = "dkim=none;\n\tspf=none (%s.alliant-energy.com: %s does not designate permitted sender hosts) smtp.helo=%s;\n\tdmarc=none" % (mx, host, host)
    return Out("", host, host, ip, auth, [], hs, body)


def yahoo_bounce(s, R, dt, mx):
    rcpt, ccid, sent = s["rcpt"], s["ccid"], at(s["ack_sent"])
    ahs = ack_headers(rcpt, ccid, sent)
    atext = ACK_TEXT.format(received=s["received"], id=ccid)
    body = ("Sorry, we were unable to deliver your message to the following address.\n\n<%s>:\n552: 5.2.2 Mailbox full. The recipient's mailbox is over quota.\n\n"
            "--- Below this line is a copy of the message.\n\n%s\n\n%s\n" % (rcpt, "\n".join(ahs), atext))
    host = "mta%d.am0.yahoodns.net" % R.randint(4, 7)
    hs = ["Date: %s" % rfc(dt.astimezone(UTC)), "From: MAILER-DAEMON@yahoo.com", "To: %s" % CC, "Subject: Failure Notice",
          "Message-ID: <%d.%d.%d@mta%d.am0.yahoodns.net>" % (R.randint(10 ** 8, 10 ** 9), R.randint(10 ** 5, 10 ** 6), epoch(dt), R.randint(4, 7)),
          "MIME-Version: 1.0", "Content-Type: text/plain; charset=us-ascii", "Content-Transfer-Encoding: 7bit", "Auto-Submitted: auto-replied"]
    ip = "98.136.%d.%d" % (R.randint(96, 111), R.randint(2, 250))
    auth = "dkim=none;\n\tspf=pass (%s.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.helo=%s;\n\tdmarc=none" % (mx, host, ip, host)
    return Out("", host, host, ip, auth, [], hs, body)


def sendmail_dsn(s, R, dt, mx):
    host, rcpt = s["host"], s["rcpt"]
    ohs, _, _ = our_promo_as_message("A", rcpt, R)
    qid = "%s%s" % (ralnum(R, 8), rdig(R, 6))
    b = "%s.%d/%s" % (qid, epoch(dt), host)
    notif = ("The original message was received at %s\nfrom mx1.alliant-energy.com [10.20.0.11]\n\n   ----- The following addresses had permanent fatal errors -----\n<%s>\n"
             "    (reason: 552 5.2.2 Mailbox quota exceeded)\n    (expanded from: <%s>)\n\n   ----- Transcript of session follows -----\n"
             "... while talking to mailstore2.%s.:\n>>> DATA\n<<< 552 5.2.2 Mailbox quota exceeded\n554 5.0.0 Service unavailable\n" % (
                 rfc(at("01-05 10:02:20")), rcpt, rcpt, host.split(".", 1)[1]))
    report = ("Reporting-MTA: dns; %s\nReceived-From-MTA: DNS; mx1.alliant-energy.com\nArrival-Date: %s\n\nFinal-Recipient: RFC822; %s\nAction: failed\nStatus: 5.2.2\n"
              "Remote-MTA: DNS; mailstore2.%s\nDiagnostic-Code: SMTP; 552 5.2.2 Mailbox quota exceeded\nLast-Attempt-Date: %s\n" % (
                  host, rfc(at("01-05 10:02:20")), rcpt, host.split(".", 1)[1], rfc(dt)))
    parts = ["Content-Type: text/plain; charset=us-ascii\n\n" + notif, "Content-Type: message/delivery-status\n\n" + report,
             "Content-Type: text/rfc822-headers\n\n" + "\n".join(ohs) + "\n"]
    hs = ["Received: from localhost (localhost)\n\tby %s (8.18.1/8.18.1) id %s;\n\t%s" % (host, qid, rfc(dt)), "Date: %s" % rfc(dt),
          "From: Mail Delivery Subsystem <MAILER-DAEMON@%s>" % host, "Message-Id: <%s.%s@%s>" % (dt.strftime("%Y%m%d%H%M"), qid, host),
          "To: <%s>" % CC, "MIME-Version: 1.0", 'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="%s"' % b,
          "Subject: Returned mail: see transcript for details", "Auto-Submitted: auto-generated (failure)"]
    body = multipart(b, parts, "This is a MIME-encapsulated message\n")
    ip = s["ip"]
    auth = "dkim=none;\n\tspf=pass (%s.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.helo=%s;\n\tdmarc=none" % (mx, host, ip, host)
    return Out("", host, host, ip, auth, [], hs, body)


# ------------------------------------------------------------------ bulk: newsletters, list posts
def esp_bulk(s, R, dt, mx):
    """A newsletter sent through an ESP: List-Unsubscribe (https + mailto), Precedence: bulk, ESP headers."""
    frm, subj, text, html_ = s["frm"], s["subj"], s.get("text"), s["html"]
    dom = frm[1].split("@")[1]
    cs = "utf-8"
    hs = ["From: %s" % addr(*frm), "To: %s" % BOX[s["box"]], "Subject: %s" % ehdr(subj), "Date: %s" % rfc(dt.astimezone(UTC)),
          "Message-ID: <%s@%s>" % (ralnum(R, 24), s["esp_host"]),
          "List-Unsubscribe: <https://%s/u/%s>, <mailto:unsubscribe-%s@%s>" % (s["esp_host"], ralnum(R, 32), rhex(R, 16), s["esp_host"]),
          "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"]
    hs += s.get("extra", [])
    hs.append("MIME-Version: 1.0")
    if text is None:
        hs += ["Content-Type: text/html; charset=%s" % cs, "Content-Transfer-Encoding: quoted-printable"]
        body = encode(html_, cs, "quoted-printable")
    else:
        b = "_----------=_%s" % rdig(R, 18)
        hs.append('Content-Type: multipart/alternative; boundary="%s"' % b)
        body = multipart(b, [leaf("text/plain", text, cs, "quoted-printable"), leaf("text/html", html_, cs, "quoted-printable")])
    ip = s["ip"]
    host = s["relay_host"]
    env = "bounce-%s-%s@%s" % (rhex(R, 8), rdig(R, 6), s["esp_host"])
    top = ["DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n\th=from:to:subject:date:message-id:list-unsubscribe:list-unsubscribe-post:mime-version;\n\ts=k1; t=%d; bh=%s=;\n%s" % (
        dom, epoch(dt), rb64(R, 43), fold_b(sig_b64(R), "\tb=", "\t", 72))]
    auth = ("dkim=pass header.d=%s header.s=k1 header.b=%s;\n\tspf=pass (%s.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
            "\tdmarc=pass (p=NONE sp=NONE dis=NONE) header.from=%s" % (dom, rb64(R, 8), mx, env, ip, env, dom))
    return Out(env, host, host, ip, auth, top, hs, body)


def mailman_post(s, R, dt, mx):
    frm = s["frm"]
    lid = "privacy-ops.lists.midwestutilitycouncil.org"
    text = s["text"] + ("\n_______________________________________________\nprivacy-ops mailing list -- privacy-ops@lists.midwestutilitycouncil.org\n"
                        "To unsubscribe send an email to privacy-ops-leave@lists.midwestutilitycouncil.org\n")
    hs = ["Received: from mail.cornbeltcoop.com (mail.cornbeltcoop.com [204.%d.%d.%d])\n\tby lists.midwestutilitycouncil.org (Postfix) with ESMTPS id %s\n\tfor <privacy-ops@lists.midwestutilitycouncil.org>; %s" % (
        R.randint(0, 255), R.randint(0, 255), R.randint(2, 250), pf_qid(R), pf(dt)),
          "From: %s" % addr(*frm), "To: %s" % CC, "Subject: [privacy-ops] %s" % s["subj"], "Date: %s" % rfc(dt),
          "Message-ID: <%s@cornbeltcoop.com>" % ruuid(R), "MIME-Version: 1.0", "Content-Type: text/plain; charset=\"us-ascii\"",
          "Content-Transfer-Encoding: 7bit", "Message-ID-Hash: %s" % ralnum(R, 32).upper(), "X-Message-ID-Hash: %s" % ralnum(R, 32).upper(),
          "X-MailFrom: %s" % frm[1], "X-Mailman-Rule-Misses: dmarc-mitigation; no-senders; approved; emergency; loop; banned-address; member-moderation; header-match-privacy-ops.lists.midwestutilitycouncil.org-0; nonmember-moderation; administrivia; implicit-dest; max-recipients; max-size; news-moderation; no-subject; digests; suspicious-header",
          "X-Mailman-Version: 3.3.9", "Precedence: list", "List-Id: Privacy operations at member utilities <%s>" % lid,
          "Archived-At: <https://lists.midwestutilitycouncil.org/archives/list/privacy-ops@lists.midwestutilitycouncil.org/message/%s/>" % ralnum(R, 32).upper(),
          "List-Archive: <https://lists.midwestutilitycouncil.org/archives/list/privacy-ops@lists.midwestutilitycouncil.org/>",
          "List-Help: <mailto:privacy-ops-request@lists.midwestutilitycouncil.org?subject=help>",
          "List-Owner: <mailto:privacy-ops-owner@lists.midwestutilitycouncil.org>",
          "List-Post: <mailto:privacy-ops@lists.midwestutilitycouncil.org>",
          "List-Subscribe: <mailto:privacy-ops-join@lists.midwestutilitycouncil.org>",
          "List-Unsubscribe: <mailto:privacy-ops-leave@lists.midwestutilitycouncil.org>"]
    host = "lists.midwestutilitycouncil.org"
    ip = "45.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 250))
    env = "privacy-ops-bounces@lists.midwestutilitycouncil.org"
    auth = ("dkim=none;\n\tspf=pass (%s.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n\tdmarc=none (p=NONE) header.from=cornbeltcoop.com" % (mx, env, ip, env))
    return Out(env, host, host, ip, auth, [], hs, text)


# ------------------------------------------------------------------ vendor / system notices
def notice(s, R, dt, mx):
    """A system notice: plain text (or plain+html), Auto-Submitted: auto-generated."""
    frm, subj, text = s["frm"], s["subj"], s["text"]
    dom = frm[1].split("@")[1]
    hs = ["Date: %s" % rfc(dt), "From: %s" % addr(*frm), "To: %s" % BOX[s["box"]], "Subject: %s" % subj,
          "Message-ID: <%s.%s@%s>" % (rdig(R, 13), rhex(R, 12), s.get("mid_host", dom)), "MIME-Version: 1.0"]
    hs += s.get("extra", ["Auto-Submitted: auto-generated"])
    if s.get("html"):
        b = "----=_NextPart_%s" % rhex(R, 20)
        hs.append('Content-Type: multipart/alternative; boundary="%s"' % b)
        body = multipart(b, [leaf("text/plain", text, "UTF-8", "quoted-printable"), leaf("text/html", s["html"], "UTF-8", "quoted-printable")])
    elif s.get("attach"):
        a = s["attach"]
        b = "=_%s" % rhex(R, 24)
        hs.append('Content-Type: multipart/mixed; boundary="%s"' % b)
        data = a["data"](R)
        att = 'Content-Type: %s; name="%s"\nContent-Disposition: attachment; filename="%s"\nContent-Transfer-Encoding: base64\n\n%s' % (
            a["ctype"], a["name"], a["name"], encode_bytes_b64(data))
        body = multipart(b, [leaf("text/plain", text, "utf-8", "7bit" if is_ascii(text) else "quoted-printable"), att])
    else:
        hs += ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: %s" % ("7bit" if is_ascii(text) else "quoted-printable")]
        body = encode(text, "utf-8", "7bit" if is_ascii(text) else "quoted-printable")
    host, ip = s["relay_host"], s["ip"]
    env = s.get("env", frm[1])
    top = s.get("top", [])
    auth = s.get("auth") or ("dkim=pass header.d=%s header.s=default header.b=%s;\n\tspf=pass (%s.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
                             "\tdmarc=pass (p=NONE sp=NONE dis=NONE) header.from=%s" % (dom, rb64(R, 8), mx, env, ip, env, dom))
    if top == "dkim":
        top = ["DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=default;\n\tt=%d; bh=%s=;\n\th=Date:From:To:Subject:Message-ID;\n%s" % (
            dom, epoch(dt), rb64(R, 43), fold_b(sig_b64(R), "\tb=", "\t", 72))]
    return Out(env, host, host, ip, auth, top, hs, body)


def fake_wav(R):
    n = 1600
    hdr = b"RIFF" + (36 + n).to_bytes(4, "little") + b"WAVEfmt " + (16).to_bytes(4, "little") + (1).to_bytes(2, "little") + \
          (1).to_bytes(2, "little") + (8000).to_bytes(4, "little") + (8000).to_bytes(4, "little") + (1).to_bytes(2, "little") + \
          (8).to_bytes(2, "little") + b"data" + n.to_bytes(4, "little")
    return hdr + bytes(128 + R.randint(-6, 6) for _ in range(n))


def calendar_invite(s, R, dt, mx):
    org = ("Jill Sorensen", "jsorensen@prairielettershop.com")
    start, end = "20270114T160000Z", "20270114T163000Z"
    uid = "%s@google.com" % ralnum(R, 26).lower()
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\n"
           "BEGIN:VTIMEZONE\nTZID:America/Chicago\nX-LIC-LOCATION:America/Chicago\nBEGIN:STANDARD\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0600\nTZNAME:CST\n"
           "DTSTART:19701101T020000\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\nEND:STANDARD\nEND:VTIMEZONE\n"
           "BEGIN:VEVENT\nDTSTART;TZID=America/Chicago:20270114T100000\nDTEND;TZID=America/Chicago:20270114T103000\nDTSTAMP:%s\n"
           "ORGANIZER;CN=Jill Sorensen:mailto:jsorensen@prairielettershop.com\n"
           "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=\n TRUE;CN=powerhousecatalog@alliant-energy.com;X-NUM-GUESTS=0:mailto:powerhouse\n catalog@alliant-energy.com\n"
           "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE\n ;CN=Jill Sorensen;X-NUM-GUESTS=0:mailto:jsorensen@prairielettershop.com\n"
           "X-MICROSOFT-CDO-OWNERAPPTID:-%d\nCREATED:%s\nDESCRIPTION:Agenda: spring catalog merge/purge counts\\, do-not-share and do-not-ma\n il suppression files received this month\\, NCOA results.\\n\\nJoin: https://me\n et.google.com/xqv-fhtr-kpa\n"
           "LAST-MODIFIED:%s\nLOCATION:\nSEQUENCE:0\nSTATUS:CONFIRMED\nSUMMARY:Spring catalog merge/purge & do-not-share review\nTRANSP:OPAQUE\nUID:%s\nEND:VEVENT\nEND:VCALENDAR\n" % (
               dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"), R.randint(10 ** 9, 2 * 10 ** 9), dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"),
               dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"), uid))
    text = ("Spring catalog merge/purge & do-not-share review\nThursday Jan 14, 2027 \u22c5 10:00 \u2013 10:30am\nTime zone: America/Chicago\n\n"
            "Google Meet joining info\nVideo call link: https://meet.google.com/xqv-fhtr-kpa\n\nAgenda: spring catalog merge/purge counts, do-not-share and do-not-mail suppression files received this month, NCOA results.\n\n"
            "Organizer\nJill Sorensen\njsorensen@prairielettershop.com\n\nGuests\nJill Sorensen - organizer\npowerhousecatalog@alliant-energy.com\n\n"
            "Reply for powerhousecatalog@alliant-energy.com\n\nInvitation from Google Calendar\n\nYou are receiving this email because you are an attendee on the event.\n")
    html_ = "<html><body><h2>Spring catalog merge/purge &amp; do-not-share review</h2><p>Thursday Jan 14, 2027 &#8901; 10:00 &#8211; 10:30am (Central Time)</p><p>Agenda: spring catalog merge/purge counts, do-not-share and do-not-mail suppression files received this month, NCOA results.</p><p>Invitation from Google Calendar</p></body></html>\n"
    b1, b2 = "000000000000" + rhex(R, 16), "000000000000" + rhex(R, 16)
    alt = 'Content-Type: multipart/alternative; boundary="%s"\n\n' % b2 + multipart(b2, [
        leaf("text/plain", text, '"UTF-8"', "quoted-printable"), leaf("text/html", html_, '"UTF-8"', "quoted-printable"),
        leaf("text/calendar", ics, '"UTF-8"', "7bit", "; method=REQUEST")])
    att = 'Content-Type: application/ics; name="invite.ics"\nContent-Disposition: attachment; filename="invite.ics"\nContent-Transfer-Encoding: base64\n\n' + encode(ics, "utf-8", "base64")
    hs = ["MIME-Version: 1.0", "Reply-To: %s" % addr(*org), "Sender: Google Calendar <calendar-notification@google.com>",
          "Auto-Submitted: auto-generated", "Message-ID: <calendar-%s@google.com>" % ruuid(R), "Date: %s" % rfc(dt.astimezone(UTC)),
          "Subject: Invitation: Spring catalog merge/purge & do-not-share review @ Thu Jan 14,\n 2027 10am - 10:30am (CST) (powerhousecatalog@alliant-energy.com)",
          "From: %s" % addr(*org), "To: %s" % PH, 'Content-Type: multipart/mixed; boundary="%s"' % b1]
    body = multipart(b1, [alt, att])
    host = "mail-sor-f%d.google.com" % R.randint(41, 99)
    ip = "209.85.220.%d" % R.randint(41, 99)
    env = "3%s@calendar-server.bounces.google.com" % ralnum(R, 40)
    top = ["DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=prairielettershop.com; s=google; t=%d; x=%d; darn=alliant-energy.com;\n        h=to:from:subject:date:message-id:auto-submitted:sender:reply-to\n         :mime-version:from:to:cc:subject:date:message-id:reply-to;\n        bh=%s=;\n%s" % (
        epoch(dt), epoch(dt) + 604800, rb64(R, 43), fold_b(sig_b64(R), "        b=", "         "))]
    auth = ("dkim=pass header.d=prairielettershop.com header.s=google header.b=%s;\n\tspf=pass (%s.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
            "\tdmarc=pass (p=NONE sp=NONE dis=NONE) header.from=prairielettershop.com" % (rb64(R, 8), mx, env, ip, env))
    return Out(env, host, host, ip, auth, top, hs, body)


# ------------------------------------------------------------------ spam / phishing / cold mail
def spam(s, R, dt, mx):
    frm, subj = s["frm"], s["subj"]
    dom = frm[1].split("@")[1]
    cs = s.get("charset", "utf-8")
    hs = ["From: %s" % addr(frm[0], frm[1], cs), "To: %s" % s.get("to", BOX[s["box"]]), "Subject: %s" % ehdr(subj, cs),
          "Date: %s" % rfc(dt.astimezone(s.get("tz", UTC))), "Message-ID: <%s@%s>" % (ralnum(R, 20), s.get("mid_host", dom)), "MIME-Version: 1.0"]
    hs += s.get("extra", [])
    if s.get("html") and not s.get("text"):
        cte = s.get("cte", "quoted-printable")
        hs += ["Content-Type: text/html; charset=\"%s\"" % cs, "Content-Transfer-Encoding: %s" % cte]
        body = encode(s["html"], cs, cte)
    elif s.get("html"):
        b = "----=_Part_%s" % rdig(R, 12)
        hs.append('Content-Type: multipart/alternative; boundary="%s"' % b)
        body = multipart(b, [leaf("text/plain", s["text"], cs, s.get("cte", "quoted-printable")), leaf("text/html", s["html"], cs, s.get("cte", "quoted-printable"))])
    else:
        cte = "7bit" if is_ascii(s["text"]) else s.get("cte", "quoted-printable")
        hs += ["Content-Type: text/plain; charset=\"%s\"" % cs, "Content-Transfer-Encoding: %s" % cte]
        body = encode(s["text"], cs, cte)
    host, ip = s["relay_host"], s["ip"]
    env = s.get("env", frm[1])
    auth = s["auth"] % {"mx": mx, "ip": ip, "env": env, "b": rb64(R, 8)}
    return Out(env, s.get("helo", host), host, ip, auth, s.get("top", []), hs, body)


# ------------------------------------------------------------------ read receipts, challenge-response
def mdn_exchange(s, R, dt, mx):
    name, em = s["who"]
    dom = em.split("@")[1]
    srv = "%sPR%02dMB%04d" % (R.choice(["BN0", "CO6", "DS0"]), R.randint(10, 22), R.randint(1000, 9999))
    region = "namprd%02d" % R.randint(10, 22)
    b = "_%s_" % rhex(R, 32)
    sent = at(s["sent"])
    txt = s["text_tpl"] % {"to": "%s <%s>" % (name, em), "subj": s["orig_subj"], "sent": s["sent_fmt"], "read": s["read_fmt"]}
    mdn = ("Reporting-UA: %s.%s.prod.outlook.com; Microsoft Exchange Server\nFinal-Recipient: rfc822;%s\nOriginal-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n"
           % (srv, region, em, s["orig_mid"]))
    hs = ["From: %s" % addr(name, em, "iso-8859-1"), "To: %s" % BOX[s["box"]], "Subject: %s" % ehdr(s["subj"], "iso-8859-1"),
          "Thread-Topic: %s" % ehdr(s["orig_subj"].split(": ", 1)[1], "iso-8859-1", "Thread-Topic"), "Thread-Index: %s==" % rb64(R, 30),
          "Date: %s" % rfc(dt.astimezone(UTC)), "Message-ID: <%s%s@%s.%s.prod.outlook.com>" % (srv, rhex(R, 24, True), srv, region),
          "References: %s" % s["orig_mid"], "In-Reply-To: %s" % s["orig_mid"], "Content-Language: %s" % s.get("clang", "en-US"),
          "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:", 'Content-Type: multipart/report;\n\treport-type=disposition-notification;\n\tboundary="%s"' % b,
          "MIME-Version: 1.0"]
    cs = "us-ascii" if is_ascii(txt) else "iso-8859-1"
    body = multipart(b, [leaf("text/plain", txt, '"%s"' % cs, "quoted-printable"), "Content-Type: message/disposition-notification\n\n" + mdn])
    if s.get("consumer"):
        host = "mail-%snam%02dolkn20%02d.outbound.protection.outlook.com" % (R.choice(["dm6", "bn8"]), R.randint(10, 12), R.randint(10, 99))
        ip = "40.92.%d.%d" % (R.randint(10, 90), R.randint(10, 250))
    else:
        host = "mail-%snam%02don2%03d.outbound.protection.outlook.com" % (R.choice(["bn8", "dm3", "co1"]), R.randint(10, 12), R.randint(10, 99))
        ip = "40.107.%d.%d" % (R.randint(90, 99), R.randint(10, 250))
    top = ["DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n s=selector1;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\n bh=%s=;\n%s" % (
        dom, rb64(R, 43), fold_b(sig_b64(R), " b=", " ", 76))]
    auth = ("dkim=pass header.d=%s header.s=selector1 header.b=%s;\n\tspf=pass (%s.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
            "\tdmarc=pass (p=NONE sp=NONE dis=NONE) header.from=%s" % (dom, rb64(R, 8), mx, "postmaster@" + host, ip, host, dom)).replace("smtp.mailfrom=" + host, "smtp.helo=" + host)
    return Out("", host, host, ip, auth, top, hs, body)


def mdn_thunderbird(s, R, dt, mx):
    name, em = s["who"]
    b = "------------%s" % ralnum(R, 24)
    txt = ("This is a Return Receipt for the mail that you sent to %s.\n\nNote: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. "
           "There is no guarantee that the recipient has read or understood the message contents.\n" % em)
    mdn = ("Reporting-UA: %s; Mozilla Thunderbird\nFinal-Recipient: rfc822;%s\nOriginal-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n" % (
        "comcast.net", em, s["orig_mid"]))
    orig_hdrs = ("From: PowerHouse Catalog <%s>\nTo: %s <%s>\nSubject: %s\nDate: %s\nMessage-ID: %s\nDisposition-Notification-To: PowerHouse Catalog <%s>\n" % (
        PH, name, em, s["orig_subj"], rfc(at(s["sent"])), s["orig_mid"], PH))
    hs = ["Content-Type: multipart/report; report-type=disposition-notification;\n boundary=\"%s\"" % b,
          "Message-ID: <%s@comcast.net>" % ruuid(R), "Date: %s" % rfc(dt), "MIME-Version: 1.0", "User-Agent: Mozilla Thunderbird",
          "From: %s" % addr(name, em), "Subject: Return Receipt (displayed) - %s" % s["orig_subj"], "To: PowerHouse Catalog <%s>" % PH]
    body = multipart(b, ["Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 7bit\n\n" + txt,
                         "Content-Type: message/disposition-notification; name=\"MDNPart2.txt\"\nContent-Disposition: inline\nContent-Transfer-Encoding: 7bit\n\n" + mdn,
                         "Content-Type: text/rfc822-headers; name=\"MDNPart3.txt\"\nContent-Transfer-Encoding: 7bit\nContent-Disposition: inline\n\n" + orig_hdrs],
                     "This is a multi-part message in MIME format.")
    host = "resomta-a1p-%06d.sys.comcast.net" % R.randint(100000, 999999)
    ip = "96.102.%d.%d" % (R.randint(18, 19), R.randint(2, 250))
    top = ["DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=comcast.net;\n\ts=20190202a; t=%d;\n\tbh=%s=;\n\th=Received:Received:Content-Type:Message-ID:Date:MIME-Version:From:\n\t Subject:To;\n%s" % (
        epoch(dt), rb64(R, 43), fold_b(sig_b64(R), "\tb=", "\t ", 72))]
    auth = ("dkim=pass header.d=comcast.net header.s=20190202a header.b=%s;\n\tspf=pass (%s.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
            "\tdmarc=pass (p=NONE sp=NONE dis=NONE) header.from=comcast.net" % (rb64(R, 8), mx, em, ip, em))
    return Out(em, host, host, ip, auth, top, hs, body)


# ------------------------------------------------------------------ texts and the list
STAFF_BECKER = "<SJ0PR19MB5441C2A17F0B3E99D1A6E4B2C7A50@SJ0PR19MB5441.namprd19.prod.outlook.com>"
STAFF_VERO = "<SJ0PR19MB54418E0D44A1C7F3B2E59A0D6C3F1@SJ0PR19MB5441.namprd19.prod.outlook.com>"
STAFF_HAROLD = "<SJ0PR19MB5441F7A3B90C1D2E4F5061728394A@SJ0PR19MB5441.namprd19.prod.outlook.com>"

GRIDBEAT_HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>GridBeat Daily</title></head>
<body style="margin:0;background:#f3f4f6"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Georgia,serif"><tr><td style="padding:24px">
<h1 style="font-size:22px">GridBeat Daily</h1><p style="font-size:13px;color:#666">Monday, January 4, 2027</p>
<h2 style="font-size:18px">Winter peak demand: what the first cold snap of 2027 tells us</h2>
<p>Grid operators across MISO issued conservative operations notices over the holiday weekend ...</p>
<h2 style="font-size:18px">Five rate cases to watch this year</h2>
<p>From Wisconsin to Iowa, regulators will weigh requests that could reshape residential bills ...</p>
<h2 style="font-size:18px">Customer communications: the post-holiday unsubscribe wave</h2>
<p>Marketers say January opt-out rates run two to three times the yearly average as customers clean up their inboxes ...</p>
<p style="font-size:11px;color:#888">You are receiving GridBeat Daily because you subscribed at gridbeat.news. <a href="https://email.gridbeat.news/u/xyz">Unsubscribe</a> | <a href="https://gridbeat.news/preferences">Manage preferences</a><br>GridBeat Media, 1200 G St NW, Washington, DC 20005</p>
</td></tr></table></td></tr></table></body></html>
"""
GRIDBEAT_TEXT = """GridBeat Daily - Monday, January 4, 2027

WINTER PEAK DEMAND: WHAT THE FIRST COLD SNAP OF 2027 TELLS US
Grid operators across MISO issued conservative operations notices over the holiday weekend ...

FIVE RATE CASES TO WATCH THIS YEAR
From Wisconsin to Iowa, regulators will weigh requests that could reshape residential bills ...

CUSTOMER COMMUNICATIONS: THE POST-HOLIDAY UNSUBSCRIBE WAVE
Marketers say January opt-out rates run two to three times the yearly average as customers clean up their inboxes ...

You are receiving GridBeat Daily because you subscribed at gridbeat.news.
Unsubscribe: https://email.gridbeat.news/u/xyz
GridBeat Media, 1200 G St NW, Washington, DC 20005
"""

DMI_HTML = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif">
<table width="640" align="center"><tr><td>
<p style="font-size:12px;color:#777">Direct Mail Insider &middot; Issue 2027-01 &middot; <a href="https://us14.campaign-archive.com/?u=a1b2c3">View in browser</a></p>
<h1>2027 catalog trends: list rental, co-op databases and the opt-out question</h1>
<p>Co-op databases had a record holiday season, but the January data tells a different story: catalogers report that do-not-share requests doubled after privacy-minded customers made New Year's resolutions. We asked five circulation directors how they handle suppression files, opt-out windows and the "don't sell my name" letters that arrive with the holiday returns.</p>
<p><b>Also in this issue:</b> postal rate changes on January 19; merge/purge vendors compared; the spring catalog drop calendar.</p>
<p style="font-size:11px;color:#999">You are receiving this newsletter because you subscribed to Direct Mail Insider.<br>
<a href="https://directmailinsider.us14.list-manage.com/unsubscribe?u=a1b2c3&amp;id=9f8e7d">unsubscribe from this list</a> &middot; <a href="https://directmailinsider.us14.list-manage.com/profile?u=a1b2c3">update subscription preferences</a><br>
Direct Mail Insider &middot; 330 N Wabash Ave &middot; Chicago, IL 60611</p>
</td></tr></table></body></html>
"""

CENTRO_TEXT = """BOLETÍN DE ENERO - Centro Latino de Cedar Rapids

¡Feliz Año Nuevo, familia!

* Preparación de impuestos GRATIS: citas a partir del 1 de febrero. Llame al 319-555-0172.
* Taller: "Cómo ahorrar energía en invierno" - sábado 23 de enero, 10 am. Aprenda a sellar ventanas y a leer su factura de luz.
* Clases de inglés: inscripciones abiertas.
* Después de la tormenta de hielo: si perdió comida o medicinas, tenemos una despensa abierta de martes a jueves.

Centro Latino de Cedar Rapids · 1010 3rd St SE · Cedar Rapids, IA 52401
¿Ya no desea recibir estos correos? Cancele su suscripción: https://centrolatinocr.us21.list-manage.com/unsubscribe
"""
CENTRO_HTML = """<html><head><meta charset="utf-8"></head><body style="font-family:Verdana,sans-serif;color:#222">
<h1 style="color:#b5121b">Boletín de enero</h1><p><b>¡Feliz Año Nuevo, familia!</b></p>
<ul><li>Preparación de impuestos <b>GRATIS</b>: citas a partir del 1 de febrero. Llame al 319-555-0172.</li>
<li>Taller: &quot;Cómo ahorrar energía en invierno&quot; - sábado 23 de enero, 10 am.</li>
<li>Clases de inglés: inscripciones abiertas.</li>
<li>Después de la tormenta de hielo: si perdió comida o medicinas, tenemos una despensa abierta de martes a jueves.</li></ul>
<p style="font-size:11px">Centro Latino de Cedar Rapids &middot; 1010 3rd St SE &middot; Cedar Rapids, IA 52401<br>
¿Ya no desea recibir estos correos? <a href="https://centrolatinocr.us21.list-manage.com/unsubscribe">Cancele su suscripción</a></p></body></html>
"""

HELPHARBOR_HTML = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="background:#eef2f7;margin:0"><div style="max-width:600px;margin:0 auto;background:#fff;font-family:Helvetica,Arial,sans-serif;padding:28px">
<img src="https://cdn.helpharbor.com/email/logo.png" alt="HelpHarbor" width="140">
<h1 style="font-size:24px">What's new in HelpHarbor: January 2027</h1>
<p>Happy new year from all of us! This month's release is all about cutting busywork:</p>
<ul><li><b>Smarter auto-acknowledgements</b>: skip out-of-office replies and bounces automatically so your queue never loops.</li>
<li><b>Opt-out tags</b>: tag tickets that ask to unsubscribe or not to share data, and route them to a privacy view.</li>
<li><b>Storm mode</b>: one switch to raise the priority of outage-related tickets.</li></ul>
<p><a href="https://www.helpharbor.com/release-notes/2027-01" style="background:#1f6feb;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Read the release notes</a></p>
<p style="font-size:11px;color:#888">You're receiving this because you're an admin of a HelpHarbor account. <a href="https://www.helpharbor.com/email/unsubscribe?t=Zm9vYmFy">Unsubscribe from product updates</a><br>HelpHarbor Inc., 500 Howard St, San Francisco, CA 94105</p>
</div></body></html>
"""

M365_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Segoe UI,Tahoma,sans-serif;font-size:14px">
<table width="520" style="border:1px solid #ddd"><tr><td style="background:#0078d4;color:#fff;padding:12px;font-size:18px">Microsoft 365</td></tr>
<tr><td style="padding:18px">
<p><b>customercare@alliant-energy.com</b></p>
<p>Your mailbox has reached <b>99.2%</b> of its storage limit (49.6 GB of 50 GB). Incoming messages for your account will be <b>held</b> and returned to senders after <b>24 hours</b>.</p>
<p>To avoid losing messages, verify your account and claim your free storage upgrade:</p>
<p><a href="https://m365-mailadmin-alerts.com/owa/verify?u=customercare%40alliant-energy.com" style="background:#0078d4;color:#fff;padding:10px 16px;text-decoration:none">Keep My Messages</a></p>
<p style="color:#666;font-size:12px">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052. This is a mandatory service communication.</p>
</td></tr></table></body></html>
"""

REFUND_HTML = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;background:#f7f3ea">
<div style="max-width:560px;margin:auto;background:#fff;padding:24px">
<h2 style="color:#8a1c1c">PowerHouse Catalog</h2>
<p>Dear Customer,</p>
<p>We received your holiday return. Your refund of <b>$89.99</b> is currently <b>ON HOLD</b> because the payment card on file could not be verified.</p>
<p>To release your refund, please confirm your billing details within 48 hours:</p>
<p><a href="http://powerhouse-catalog-returns.com/refund/verify?id=PH-77813" style="background:#8a1c1c;color:#fff;padding:10px 16px;text-decoration:none">Confirm Refund Details</a></p>
<p>If you do not confirm, the refund will be cancelled and the item will not be returned to you.</p>
<p>Thank you for shopping with PowerHouse.<br>PowerHouse Returns Department</p>
</div></body></html>
"""

SEO_TEXT = """Hi there,

I was looking at alliant-energy.com and noticed a few quick wins that could move you up for terms like "energy rebates Iowa" and "smart thermostat rebate Wisconsin" (your competitors are outranking you on both).

We helped a regional utility grow organic traffic 212% in six months. Would you be open to a 15-minute call next week? I can send over a free audit first if that's easier.

Best,
Jake Morrow
Growth Lead, RankForge SEO
rankforge-seo.io

P.S. If you're not the right person, could you point me to who handles your website? And if you'd rather not hear from me, just reply "no thanks" and I'll take you off my list.
"""

LOTERIA_TEXT = """¡FELICIDADES!

Estimado(a) ganador(a):

Su dirección de correo electrónico ha sido seleccionada en el SORTEO INTERNACIONAL DE AÑO NUEVO 2027 y usted ha ganado la suma de $850,000.00 USD.

Para reclamar su premio, envíe los siguientes datos a nuestro agente de reclamos, Lic. Roberto Villaseñor (reclamos.villasenor@premios-intl.net):

1. Nombre completo
2. Dirección y teléfono
3. Copia de identificación
4. Número de cuenta bancaria

Debe reclamar su premio antes del 31 de enero de 2027.

Atentamente,
Departamento de Premios
Lotería Internacional
"""

BEC_TEXT = """Are you at your desk? I need a quick favor.

I want to surprise the line crews who've been out in the ice storm with gift cards before the end of the day. Can you pick up 10 Visa gift cards ($200 each) and send me the codes? I'll reimburse you tonight, I'm in meetings and can't talk right now.

Reply with your cell number so I can text you.

Terry
Sent from my iPhone
"""

BROKER_TEXT = """Hi PowerHouse team,

Happy new year! I manage list rentals for Heartland List Brokers, and I'd love to talk about putting your catalog buyer file to work in 2027.

Catalogers your size typically earn $90-$140/M on their 12-month buyer names. We handle everything: rental orders, merge/purge, and of course we honor your do-not-share and opt-out suppressions on every order, so customers who asked not to be shared are never included.

Could we set up 20 minutes this week? I've attached nothing, just reply and I'll send our rate card.

Mark Feeney
Senior List Manager
Heartland List Brokers | Omaha, NE
402-555-0191

To opt out of future messages from me, reply with "remove".
"""

MAILHOUSE_TEXT = """PRAIRIE LETTERSHOP - JOB STATUS NOTIFICATION
===========================================

Job:          27-0104  PowerHouse Catalog Spring 2027 (drop 1)
Client:       PowerHouse Catalog / Alliant Energy
Step:         Suppression processing
Status:       COMPLETE
Completed:    01/05/2027 07:51 CST

Input records ............................ 218,406
Do-not-mail suppression (PH_DNM_20270104.csv)
  records in file ........................   6,112
  matched and removed ....................   3,877
Do-not-share suppression (PH_DNS_20270104.csv)
  records in file ........................   1,402
  matched and flagged (no rental/exchange)    1,214
NCOA moves updated .......................   4,920
Deceased suppression .....................     611
Output records ........................... 213,918

Files are available on the SFTP server in /outgoing/27-0104/.
This is an automated message from the Prairie Lettershop job portal. Replies to this address are not read.
Questions: your account manager, Jill Sorensen, 608-555-0164.
"""

ESP_TEXT = """Relaymark campaign report

Campaign:     New Year, lower bills: 5 ways to save in 2027
Campaign ID:  AE-NL-2701-LB7
Sent:         Tue, Jan 5, 2027 10:00 AM CST
Report:       72 hours

Recipients ......... 412,906
Delivered .......... 409,377 (99.1%)
Hard bounces .......   2,004
Soft bounces .......   1,525
Opens (unique) ..... 131,004 (32.0%)
Clicks (unique) ....  11,871 (2.9%)
Unsubscribes .......   1,882 (0.46%)  incl. 1,119 via List-Unsubscribe
Spam complaints ....     203

Full report: https://app.relaymark.io/reports/c/AE-NL-2701-LB7
You receive this report because you are listed as a report recipient for this campaign.
Relaymark, Inc. - 100 Congress Ave, Austin, TX 78701
"""

CRM_TEXT = """Your scheduled export is ready.

Export:     PH do-not-share list (weekly)
Object:     Catalog Customers
Filter:     Share_Opt_Out = TRUE AND Modified >= 2027-01-08
Rows:       388
Format:     CSV (UTF-8)
File:       ph_do_not_share_20270115.csv
Expires:    January 22, 2027

Download: https://alliant.salesdeskcloud.com/exports/7f3a91c2/download

This export was scheduled by j.ruiz@alliant-energy.com. To change or stop this schedule, open Reports > Scheduled Exports.
Salesdesk CRM - this mailbox does not accept replies.
"""

VOICEMAIL_TEXT = """You have a new voicemail.

From:      (563) 555-0149
To:        PowerHouse / Privacy line (ext. 4410)
Received:  Sunday, January 10, 2027 8:11 AM
Length:    0:42

Transcription (automatic, may contain errors):
"Hi yes this is uh Marlene calling about the, the catalogs. I keep getting them and I want to stop, and also please don't give my name out to anybody. My number is five six three, five five five, zero one four nine. Thank you bye."

The recording is attached (voicemail_0110_0811.wav).
Alliant Energy Unified Communications - do not reply to this message.
"""

CHALLENGE_TEXT = """Hello,

You recently sent a message to jfrahm@lakesidenet.org with the subject:
  "We received your request [CC-2027-01-00074]"

jfrahm@lakesidenet.org uses MailGuardian to block junk mail. Your message is being held until you confirm that you are a real person.

To deliver your message, click the link below and type the characters you see:
https://verify.mailguardian-cr.net/c/%s

You only need to do this once. If you do not confirm within 7 days, your message will be deleted.

MailGuardian - stop spam before it starts
"""


def ooo_text_en():
    return ("Thank you for your email. I am out of the office through Monday, January 11, with limited access to email. "
            "For urgent member matters please call the branch at 319-555-0160.\n\nSarah Kettner\nMember Services\nCedar Valley Credit Union")


MACHINE = [
    A("m365-storage-phish", "spam", "en", "cc", "01-04 02:14",
      "phishing: fake Microsoft 365 'mailbox full' page, lookalike domain, SPF fail; HTML only", spam,
      frm=("Microsoft 365 Admin", "no-reply@m365-mailadmin-alerts.com"), subj="Action required: customercare@alliant-energy.com storage 99% full",
      html=M365_HTML, relay_host="vps-4f21.hostserv-cloud.com", ip="185.%d.%d.%d" % (193, 77, 41), env="bounce@m365-mailadmin-alerts.com",
      auth="dkim=none;\n\tspf=softfail (%(mx)s.alliant-energy.com: domain of transitioning %(env)s does not designate %(ip)s as permitted sender) smtp.mailfrom=%(env)s;\n\tdmarc=fail (p=NONE sp=NONE dis=NONE) header.from=m365-mailadmin-alerts.com",
      extra=["X-Priority: 1 (Highest)", "Importance: High"]),
    A("gridbeat-daily", "list", "en", "cc", "01-04 05:30",
      "industry newsletter (ESP bulk, List-Unsubscribe, Precedence: bulk); mentions opt-out rates", esp_bulk,
      frm=("GridBeat Daily", "newsletter@gridbeat.news"), subj="GridBeat Daily: winter peak demand, 5 rate cases to watch, the January unsubscribe wave",
      text=GRIDBEAT_TEXT, html=GRIDBEAT_HTML, esp_host="email.gridbeat.news", relay_host="o12.email.gridbeat.news", ip="168.245.%d.%d" % (12, 201),
      extra=["X-SG-EID: %s" % ("u001.Ua7GhQ2Tj1QrJk0mZcVbWq3eY8NlPz6Rx4sDf5gHt=")]),
    A("mailhouse-suppression-report", "notif", "en", "ph", "01-05 07:58",
      "mail house job-portal report: 'do-not-share suppression ... 1,214 matched' is vendor system mail, not a request", notice,
      frm=("Prairie Lettershop Job Portal", "jobs-noreply@prairielettershop.com"), subj="Job 27-0104 PowerHouse Spring 2027: suppression processing COMPLETE",
      text=MAILHOUSE_TEXT, relay_host="portal.prairielettershop.com", ip="66.%d.%d.%d" % (190, 18, 44), top="dkim"),
    A("ooo-credit-union-promoA", "autoreply", "en", "cc", "01-05 10:03",
      "Exchange out-of-office answering the New Year promo (Auto-Submitted, X-Auto-Response-Suppress)", exch_autoreply,
      who=("Sarah Kettner", "skettner@cedarvalleycu.org"), subj="Automatic reply: " + PROMO_A_SUBJECT, topic=PROMO_A_SUBJECT,
      text=ooo_text_en(), orig_mid="<AE-NL-2701-LB7.3f1c9a0b27@news.alliant-energy.com>"),
    A("dsn-postfix-user-unknown", "bounce", "en", "cc", "01-05 10:04",
      "Postfix DSN for the New Year promo (user unknown); the returned headers carry our List-Unsubscribe", postfix_dsn,
      host="mail.heartlandwave.net", ip="64.%d.%d.%d" % (74, 152, 19), rcpt="jkrueger1961@heartlandwave.net", status="5.1.1",
      diag="host mail.heartlandwave.net[local] said: 550 5.1.1 <jkrueger1961@heartlandwave.net>: Recipient address rejected: User unknown in local recipient table", which="A"),
    A("dsn-gmail-no-such-user", "bounce", "en", "cc", "01-05 10:04",
      "Gmail 'Address not found' for the promo, with the promo itself attached as message/rfc822 (its footer says unsubscribe)", gmail_bounce,
      rcpt="dkoenig.old@gmail.com", which="A"),
    A("gmail-vacation-promoA", "autoreply", "en", "cc", "01-05 10:05",
      "Gmail vacation responder to the promo: 'Re:' subject, Auto-Submitted: auto-replied", gmail_vacation,
      who=("Mike Dorsey", "mdorsey.ia@gmail.com"), subj="Re: " + PROMO_A_SUBJECT,
      text="Hi, I'm traveling through January 10 with spotty service. I'll get back to you when I'm home.\n-Mike",
      orig_mid="<AE-NL-2701-LB7.8d02e4c71a@news.alliant-energy.com>"),
    A("sendmail-quota-promoA", "bounce", "en", "cc", "01-05 10:11",
      "Sendmail 'Returned mail: see transcript' (mailbox quota) for the promo", sendmail_dsn,
      host="mx.lakeswestnet.com", ip="72.%d.%d.%d" % (166, 40, 12), rcpt="brenda.w@lakeswestnet.com"),
    A("dmi-newsletter", "list", "en", "ph", "01-06 07:00",
      "trade newsletter about list rental and do-not-share requests; bulk from an ESP; opt-out words are not a request", esp_bulk,
      frm=("Direct Mail Insider", "editor@directmailinsider.com"), subj="2027 catalog trends: list rental, co-op databases and the opt-out question",
      text=None, html=DMI_HTML, esp_host="mail217.suw11.mcsv.net", relay_host="mail217.suw11.mcsv.net", ip="198.2.%d.%d" % (139, 217),
      extra=["X-MC-User: a1b2c3d4e5f60718293a4b5c6", "X-Campaign: mailchimpa1b2c3d4e5f60718293a4b5c6.9f8e7d6c5b", "X-Mailer: Mailchimp Mailer - **CID9f8e7d6c5b**"]),
    A("yahoo-bounce-ack-mailbox-full", "bounce", "en", "cc", "01-06 08:04",
      "Yahoo 'Failure Notice' for our acknowledgement (mailbox full); the copy below contains our ack text", yahoo_bounce,
      rcpt="gpint_1949@yahoo.com", ccid="CC-2027-01-00031", ack_sent="01-06 08:03:10", received="January 6, 2027"),
    A("read-receipt-leido-vero", "mdn", "es", "ph", "01-06 12:15",
      "Outlook.com read receipt in Spanish ('Leído:') for a staff reply about a gift card", mdn_exchange,
      who=("Verónica Salas", "vero.salas88@outlook.com"), subj="Leído: RE: gift card balance", orig_subj="RE: gift card balance",
      orig_mid=STAFF_VERO, sent="01-06 10:30:12", consumer=True, clang="es-US",
      text_tpl="Su mensaje\n\n  Para: %(to)s\n  Asunto: %(subj)s\n  Enviado: %(sent)s\n\nfue leído el %(read)s.\n",
      sent_fmt="miércoles, 6 de enero de 2027 16:30:12 (UTC+00:00) Monrovia, Reykjavik", read_fmt="miércoles, 6 de enero de 2027 18:14:51 (UTC+00:00) Monrovia, Reykjavik"),
    A("ndr-exchange-promoB", "bounce", "en", "ph", "01-07 10:03",
      "Exchange Online NDR 'Undeliverable:' for the catalog e-mail (recipient not found)", exchange_ndr,
      rcpt="purchasing@millerfarmsupply.com", tenant="millerfarmsupply.onmicrosoft.com", which="B"),
    A("ooo-spanish-promoB", "autoreply", "es", "ph", "01-07 10:05",
      "Spanish/English out-of-office ('Respuesta automática:') to the catalog e-mail", exch_autoreply,
      who=("Lucía Ferrer", "lferrer@hispanicchamberia.org"), subj="Respuesta automática: " + PROMO_B_SUBJECT, topic=PROMO_B_SUBJECT,
      text="Gracias por su mensaje. Estaré fuera de la oficina hasta el lunes 11 de enero. Para asuntos urgentes, escriba a info@hispanicchamberia.org.\n\n"
           "Thank you for your message. I am out of the office until Monday, January 11. For urgent matters, please write to info@hispanicchamberia.org.\n\nLucía Ferrer\nIowa Hispanic Chamber",
      orig_mid="<PH-2701-WC.5e0a7d3c19@news.alliant-energy.com>", to_name="PowerHouse Catalog", clang="es-US"),
    A("no-longer-monitored-hardware", "autoreply", "en", "ph", "01-07 10:06",
      "headerless auto-reply (no Auto-Submitted): 'this address is no longer monitored' from a closed store", plain_autoreply,
      who=("Schultz Hardware", "office@schultzhardware-sparta.com"), subj="Re: " + PROMO_B_SUBJECT,
      text="This address is no longer monitored.\n\nSchultz Hardware closed its Sparta store on December 31, 2026. Thank you for 41 years of business!\n"
           "For warranty questions please call 608-555-0177.",
      orig_mid="<PH-2701-WC.b7c1e02d44@news.alliant-energy.com>"),
    A("qmail-over-quota-promoB", "bounce", "en", "ph", "01-07 10:09",
      "legacy qmail bounce without MIME-Version or Message-ID; the catalog e-mail copied below (sharing + unsubscribe footer)", qmail_bounce,
      host="mail.rivervalleynet.com", ip="207.%d.%d.%d" % (177, 30, 6), rcpt="grandma.jo@rivervalleynet.com", which="B"),
    A("phish-powerhouse-refund", "spam", "en", "ph", "01-07 16:40",
      "phishing in season: fake 'holiday return refund on hold' from a lookalike PowerHouse domain; HTML only", spam,
      frm=("PowerHouse Returns", "refunds@powerhouse-catalog-returns.com"), subj="Your holiday return refund of $89.99 is ON HOLD",
      html=REFUND_HTML, relay_host="mail.powerhouse-catalog-returns.com", ip="45.%d.%d.%d" % (133, 9, 201), cte="base64",
      auth="dkim=none;\n\tspf=pass (%(mx)s.alliant-energy.com: domain of %(env)s designates %(ip)s as permitted sender) smtp.mailfrom=%(env)s;\n\tdmarc=none (p=NONE) header.from=powerhouse-catalog-returns.com"),
    A("esp-campaign-report", "notif", "en", "cc", "01-08 10:05",
      "ESP 72-hour campaign report for the promo (counts unsubscribes): vendor system mail", notice,
      frm=("Relaymark Reports", "reports@relaymark.io"), subj="Campaign report (72h): New Year, lower bills: 5 ways to save in 2027",
      text=ESP_TEXT, relay_host="out-7.mta.relaymark.io", ip="199.%d.%d.%d" % (15, 212, 7), top="dkim",
      html="<html><body><h2>Relaymark campaign report</h2><p>New Year, lower bills: 5 ways to save in 2027 (AE-NL-2701-LB7), 72 hours.</p>"
           "<table><tr><td>Delivered</td><td>409,377</td></tr><tr><td>Unsubscribes</td><td>1,882</td></tr><tr><td>Spam complaints</td><td>203</td></tr></table>"
           "<p><a href=\"https://app.relaymark.io/reports/c/AE-NL-2701-LB7\">Full report</a></p></body></html>\n",
      extra=["Auto-Submitted: auto-generated", "X-Relaymark-Report: campaign-72h", "Precedence: bulk"]),
    A("read-receipt-exchange-becker", "mdn", "en", "cc", "01-08 11:02",
      "Exchange read receipt ('Read: RE: ...') for a staff reply that requested one", mdn_exchange,
      who=("Tom Becker", "tbecker@beckerlawdbq.com"), subj="Read: RE: Question on final bill", orig_subj="RE: Question on final bill",
      orig_mid=STAFF_BECKER, sent="01-08 09:10:40",
      text_tpl="Your message\n\n  To: %(to)s\n  Subject: %(subj)s\n  Sent: %(sent)s\n\nwas read on %(read)s.\n",
      sent_fmt="Friday, January 8, 2027 3:10:40 PM (UTC+00:00) Monrovia, Reykjavik", read_fmt="Friday, January 8, 2027 5:02:05 PM (UTC+00:00) Monrovia, Reykjavik"),
    A("challenge-response-ack", "cr", "en", "cc", "01-08 21:42",
      "challenge-response filter holding our acknowledgement: asks us to click a link; answering would loop", notice,
      frm=("MailGuardian Verification", "verify@mailguardian-cr.net"), subj="Please verify your message to jfrahm@lakesidenet.org",
      text=CHALLENGE_TEXT % "7QmX2kP9vR4tW8yZ", relay_host="mx-out2.mailguardian-cr.net", ip="104.%d.%d.%d" % (47, 12, 90), top="dkim",
      extra=["In-Reply-To: <ack.CC-2027-01-00074@alliant-energy.com>", "Auto-Submitted: auto-replied", "X-MailGuardian-Challenge: 1", "Precedence: junk"]),
    A("seo-cold-outreach", "spam", "en", "cc", "01-09 11:05",
      "cold SEO outreach from a person's mailbox ('reply no thanks and I'll take you off my list'): not a request to us", spam,
      frm=("Jake Morrow", "jake@rankforge-seo.io"), subj="Quick question about alliant-energy.com", text=SEO_TEXT,
      relay_host="mail-sor-f97.google.com", ip="209.85.220.97", tz=EST,
      auth="dkim=pass header.d=rankforge-seo.io header.s=google header.b=%(b)s;\n\tspf=pass (%(mx)s.alliant-energy.com: domain of %(env)s designates %(ip)s as permitted sender) smtp.mailfrom=%(env)s;\n\tdmarc=pass (p=NONE sp=NONE dis=NONE) header.from=rankforge-seo.io",
      extra=["X-Mailer: Mailshake"]),
    A("voicemail-notification-optout-words", "notif", "en", "cc", "01-10 08:12",
      "phone-system voicemail notice with an automatic transcription that asks to stop catalogs: system mail, not an e-mail request (staff handle the voicemail itself)", notice,
      frm=("Voicemail", "voicemail@uc.alliant-energy.com"), subj="New voicemail from (563) 555-0149 (0:42)", text=VOICEMAIL_TEXT,
      relay_host="uc-gw1.alliant-energy.com", ip="10.40.2.15",
      attach={"ctype": "audio/wav", "name": "voicemail_0110_0811.wav", "data": fake_wav},
      auth="dkim=none;\n\tspf=pass (internal) smtp.mailfrom=voicemail@uc.alliant-energy.com;\n\tdmarc=none",
      extra=["Auto-Submitted: auto-generated", "X-UC-Message-Type: voicemail"]),
    A("ooo-loop-ack-greg", "loop", "en", "cc", "01-11 08:07",
      "LOOP TRAP: Exchange out-of-office answering our acknowledgement CC-2027-01-00097", exch_autoreply,
      who=("Greg Paulsen", "gpaulsen@paulsenagsupply.com"), subj="Automatic reply: We received your request [CC-2027-01-00097]",
      topic="We received your request [CC-2027-01-00097]", to_name="Alliant Energy Customer Care",
      text="I'm out of the office January 11-15 at our dealer meeting in Des Moines. For orders please call the store at 319-555-0133.\n\nGreg",
      orig_mid="<ack.CC-2027-01-00097@alliant-energy.com>"),
    A("loteria-spam", "spam", "es", "cc", "01-11 03:30",
      "Spanish lottery scam, iso-8859-1 quoted-printable, encoded Subject", spam,
      frm=("Lotería Internacional", "notificaciones@loteria-premios-intl.com"), subj="¡Felicidades! Usted ha sido seleccionado - Sorteo de Año Nuevo 2027",
      text=LOTERIA_TEXT, charset="iso-8859-1", relay_host="smtp.loteria-premios-intl.com", ip="91.%d.%d.%d" % (214, 66, 130),
      auth="dkim=none;\n\tspf=fail (%(mx)s.alliant-energy.com: domain of %(env)s does not designate %(ip)s as permitted sender) smtp.mailfrom=%(env)s;\n\tdmarc=fail (p=NONE sp=NONE dis=NONE) header.from=loteria-premios-intl.com",
      extra=["X-Mailer: PHPMailer 6.1.4"]),
    A("privacy-ops-list-post", "list", "en", "cc", "01-11 14:22",
      "mailing-list post (Mailman 3, personalised To:) from a peer utility about opt-outs arriving as replies to outage alerts: list traffic, not a request", mailman_post,
      frm=("Deb Harlan", "dharlan@cornbeltcoop.com"), subj="Opt-outs arriving as replies to outage alerts?",
      text="Hi all,\n\nQuick poll. Our outage alerts go out with Reply-To set to the member services box, and every storm we get a pile of \"STOP\" and \"unsubscribe\" replies to them. "
           "Do you treat those as marketing opt-outs, as a request to stop the alerts, or do you route them to a person? "
           "We've been routing them to a person but it's a lot of work during a storm.\n\nThanks,\nDeb Harlan\nMember Privacy Coordinator\nCorn Belt Cooperative\n"),
    A("autoreply-spanish-outage", "autoreply", "es", "cc", "01-12 03:46",
      "Spanish parish-office auto-reply to our outage alert, sent to the alert's Reply-To (customercare@)", exch_autoreply,
      who=("Parroquia San José - Oficina", "oficina@sanjosecr.org"), subj="Respuesta automática: Outage alert: power is out at 720 3RD AVE SE",
      topic="Outage alert: power is out at 720 3RD AVE SE", to_name="customercare@alliant-energy.com", clang="es-US",
      text="Gracias por escribir a la Parroquia San José. La oficina está abierta de lunes a viernes de 9 a 4. Responderemos su mensaje lo antes posible.\n"
           "Para emergencias pastorales llame al 319-555-0108.",
      orig_mid="<outage.OMS-270112.9a1f0c3e55@alerts.alliantenergy.com>"),
    A("calendar-invite-mailhouse", "notif", "en", "ph", "01-12 11:30",
      "calendar invitation (text/calendar METHOD:REQUEST) from the mail house about a do-not-share review", calendar_invite),
    A("bec-gift-cards-storm", "spam", "en", "cc", "01-13 09:12",
      "BEC / gift-card scam impersonating an executive, exploiting the storm", spam,
      frm=("Terry Kampf", "tkampf.office@gmail.com"), subj="Quick favor", text=BEC_TEXT, relay_host="mail-sor-f69.google.com", ip="209.85.220.69",
      auth="dkim=pass header.d=gmail.com header.s=20230601 header.b=%(b)s;\n\tspf=pass (%(mx)s.alliant-energy.com: domain of %(env)s designates %(ip)s as permitted sender) smtp.mailfrom=%(env)s;\n\tdmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com",
      mid_host="mail.gmail.com", tz=EST),
    A("yahoo-autoreply-loop-ack", "loop", "en", "cc", "01-13 14:01",
      "LOOP TRAP: Yahoo vacation responder answering our acknowledgement CC-2027-01-00126", yahoo_autoreply,
      who=("Walt Ingebritson", "walt.ingebritson@yahoo.com"), subj="Re: We received your request [CC-2027-01-00126]",
      text="I am away at my daughter's in Arizona until February 1. I will check email when I can.\nWalt",
      orig_mid="<ack.CC-2027-01-00126@alliant-energy.com>"),
    A("centro-latino-boletin", "list", "es", "cc", "01-14 09:00",
      "Spanish community newsletter (Mailchimp bulk) with an energy-saving workshop and 'cancele su suscripción'", esp_bulk,
      frm=("Centro Latino de Cedar Rapids", "boletin@centrolatinocr.org"), subj="Boletín de enero: impuestos gratis, taller de ahorro de energía",
      text=CENTRO_TEXT, html=CENTRO_HTML, esp_host="mail88.atl221.mcsv.net", relay_host="mail88.atl221.mcsv.net", ip="198.2.%d.%d" % (176, 88),
      extra=["X-MC-User: 77aa0c1d5e6f7a8b9c0d1e2f3", "X-Mailer: Mailchimp Mailer - **CID3c2b1a0f9e**"]),
    A("crm-scheduled-export", "notif", "en", "ph", "01-15 06:00",
      "CRM 'scheduled export is ready' notice for the do-not-share list: system mail", notice,
      frm=("Salesdesk CRM", "no-reply@notify.salesdeskcloud.com"), subj="Your scheduled export \"PH do-not-share list (weekly)\" is ready",
      text=CRM_TEXT, relay_host="mta-12.notify.salesdeskcloud.com", ip="13.%d.%d.%d" % (111, 18, 27), top="dkim",
      extra=["Auto-Submitted: auto-generated", "X-Salesdesk-Notification: export.ready"]),
    A("read-receipt-thunderbird-harold", "mdn", "en", "ph", "01-15 09:41",
      "Thunderbird 'Return Receipt (displayed)' for a staff reply to a sharing question", mdn_thunderbird,
      who=("Harold Beaumont", "hbeaumont@comcast.net"), orig_subj="Re: Did you share my name?", orig_mid=STAFF_HAROLD, sent="01-15 08:40:03"),
    A("list-broker-cold-sales", "spam", "en", "ph", "01-16 13:00",
      "cold sales from a list broker: 'we honor your do-not-share suppressions', 'reply remove to opt out': not a request to us", spam,
      frm=("Mark Feeney", "mfeeney@heartlandlistbrokers.com"), subj="Rental income from your PowerHouse buyer file in 2027", text=BROKER_TEXT,
      relay_host="mail-bn8nam12on2%03d.outbound.protection.outlook.com" % 114, ip="40.107.237.114",
      auth="dkim=pass header.d=heartlandlistbrokers.com header.s=selector1 header.b=%(b)s;\n\tspf=pass (%(mx)s.alliant-energy.com: domain of %(env)s designates %(ip)s as permitted sender) smtp.mailfrom=%(env)s;\n\tdmarc=pass (p=NONE sp=NONE dis=NONE) header.from=heartlandlistbrokers.com",
      extra=["X-Mailer: Microsoft Outlook 16.0", "X-Yesware-Tracking: 1"]),
    A("ticket-autoreply-loop-ack", "loop", "en", "cc", "01-16 11:20",
      "LOOP TRAP: a property manager's help-desk auto-acknowledgement answering our acknowledgement CC-2027-01-00152", ticket_autoreply,
      who=("Lakeshore Property Management", "support@lakeshorepm.com"), subj="Re: We received your request [CC-2027-01-00152]", ticket="48213",
      text="Thank you for contacting Lakeshore Property Management. Your request has been received and assigned ticket #48213.\n\n"
           "A member of our team will respond within 1 business day. Please do not reply to this message; replies reopen the ticket.",
      orig_mid="<ack.CC-2027-01-00152@alliant-energy.com>"),
    A("helpharbor-product-update", "list", "en", "cc", "01-17 07:15",
      "software vendor product newsletter (HTML only, bulk) about auto-acknowledgements and opt-out tags", esp_bulk,
      frm=("HelpHarbor", "updates@news.helpharbor.com"), subj="What's new in HelpHarbor: January 2027", text=None, html=HELPHARBOR_HTML,
      esp_host="news.helpharbor.com", relay_host="mta-5.news.helpharbor.com", ip="54.%d.%d.%d" % (174, 53, 112),
      extra=["X-HelpHarbor-Campaign: product-update-2027-01"]),
]

CATEGORY = {
    "autoreply": "automated: auto-reply",
    "loop": "automated: auto-reply (loop trap)",
    "bounce": "automated: bounce",
    "list": "automated: list/newsletter",
    "notif": "automated: notification",
    "spam": "automated: spam/phishing/cold sales",
    "mdn": "automated: read receipt",
    "cr": "automated: challenge-response",
}
