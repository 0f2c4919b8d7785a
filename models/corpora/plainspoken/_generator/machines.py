"""Machine mail: auto-replies, loop traps, bounces, list/newsletter, vendor notices, spam/phishing, ..."""
import datetime as _dt

import clients as C
import ours
from lib import at, b64, esc, fold, local_to_utc, qp, ralnum, rfc2047, rhex, rng_for, uuid_upper, zone
from human import hdr_addr

TD = _dt.timedelta


def _finish(rng, key, mailbox, t_send, env, host, ip, auth, provider_lines, client_lines, body, tls=True, helo=None):
    t_arr = t_send + TD(seconds=rng.randint(2, 9))
    top = C.our_trace(rng, mailbox, env, host, ip, t_arr, auth, tls=tls, helo=helo)
    return "\n".join(top + provider_lines + client_lines) + "\n\n" + body


def _our_headers_block(our, to_addr, rng):
    """rfc822 headers of one of our outgoing messages (as returned in bounces)."""
    t = ours.our_when_utc(our)
    mid = ours.our_message_id(our, rng)
    lines = [
        "Return-Path: <bounce-%s@%s>" % (rhex(rng, 12), "bounce.alliant-energy.com"),
        "Received: from out02.news.alliant-energy.com (out02.news.alliant-energy.com [198.51.100.24])",
        "\tby %s; %s" % ("{RCPT_MTA}", at(t + TD(seconds=rng.randint(20, 200)), "central")),
        "Date: %s" % at(t, "central"),
        "From: %s <%s>" % (our["name"], our["addr"]),
        "To: %s" % to_addr,
        "Message-ID: %s" % mid,
        fold("Subject", our["subject"]),
        "MIME-Version: 1.0",
        "List-Unsubscribe: <mailto:%s?subject=%s>" % (our["addr"], ours.unsub_subject(our, rng).replace(" ", "%20")),
        'Content-Type: multipart/alternative; boundary="b1_%s"' % rhex(rng, 32),
    ]
    return lines, mid


def _gen_headers(rng, t, d, s):
    return [C.dkim(rng, d, s, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", t)]


# ======================================================================================================
def ooo_m365(key, when, mailbox, our_ref, name, addr, business, subj_prefix, text, charset="us-ascii",
             lang_hdr="en-US"):
    rng = rng_for(key)
    our = ours.resolve(our_ref)
    t = local_to_utc(when, "central") + TD(seconds=rng.randint(0, 59))
    (P, host, ip, auth, env, _), (helo, srv, pod) = C.provider_trace("m365", rng, addr, t, business,
                                                                      C.MAILBOX_ADDR[mailbox], "outlook_desktop",
                                                                      business=business)
    mid = "<%s%s@%s.namprd%s.prod.outlook.com>" % (srv, ralnum(rng, 14, "ABCDEF0123456789"), srv, pod[5:7])
    subj = subj_prefix + our["subject"]
    try:
        subj.encode("ascii")
        sh = fold("Subject", subj)
    except UnicodeEncodeError:
        sh = "Subject: " + rfc2047(subj, charset, "Q")
    body_text = text
    leaf_h, leaf_b, _ = C.leaf("text/plain", charset, body_text, "quoted-printable")
    leaf_h[0] = 'Content-Type: text/plain; charset="%s"' % charset
    H = ["From: %s" % hdr_addr(name, addr), "To: %s <%s>" % (our["name"], our["addr"]), sh,
         "Thread-Topic: %s" % our["subject"], "Thread-Index: AQH%s" % ralnum(rng, 29),
         "Date: %s" % at(t, "utc"), "Message-ID: %s" % mid,
         "References: %s" % ours.our_message_id(our, rng_for(key + ":our")),
         "In-Reply-To: %s" % ours.our_message_id(our, rng_for(key + ":our")),
         "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All", "Content-Language: %s" % lang_hdr,
         "X-MS-Has-Attach: ", "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent",
         "X-MS-TNEF-Correlator: "] + leaf_h + ["MIME-Version: 1.0"]
    raw = _finish(rng, key, mailbox, t, "<>", host, ip, auth, P, H, leaf_b, helo=helo)
    return raw.replace("Return-Path: <<>>", "Return-Path: <>"), dict(date=t, program="Exchange Online (auto-reply)")


def gmail_vacation(key, when, mailbox, our_ref, name, addr, text, tz="central"):
    rng = rng_for(key)
    our = ours.resolve(our_ref)
    t = local_to_utc(when, tz) + TD(seconds=rng.randint(0, 59))
    P, host, ip, auth, env, _ = C.provider_trace("gmail", rng, addr, t, "gmail.com", C.MAILBOX_ADDR[mailbox],
                                                 "gmail_web")
    omid = ours.our_message_id(our, rng_for(key + ":our"))
    bnd = "000000000000" + rhex(rng, 16)
    ph, pb, _ = C.leaf("text/plain", "UTF-8", text, None, omit_7bit_cte=True)
    ph[0] = 'Content-Type: text/plain; charset="UTF-8"'
    hh, hb, _ = C.leaf("text/html", "UTF-8", '<div dir="ltr">%s</div>\n' % "<br>".join(esc(l) for l in text.split("\n")),
                       None, omit_7bit_cte=True)
    hh[0] = 'Content-Type: text/html; charset="UTF-8"'
    H = ["MIME-Version: 1.0", "References: %s" % omid, "In-Reply-To: %s" % omid, "Auto-Submitted: auto-replied",
         "From: %s" % hdr_addr(name, addr), "Date: %s" % at(t, tz),
         "Message-ID: <CA%s@mail.gmail.com>" % ralnum(rng, 46), fold("Subject", "Re: " + our["subject"]),
         "To: %s <%s>" % (our["name"], our["addr"]),
         'Content-Type: multipart/alternative; boundary="%s"' % bnd]
    body = C.multipart("alternative", bnd, [(ph, pb), (hh, hb)])
    return _finish(rng, key, mailbox, t, env, host, ip, auth, P, H, body), dict(date=t, program="Gmail vacation responder")


def yahoo_autoreply(key, when, mailbox, our_ref, name, addr, subj, text, auto=True, tz="central"):
    rng = rng_for(key)
    our = ours.resolve(our_ref)
    t = local_to_utc(when, tz) + TD(seconds=rng.randint(0, 59))
    P, host, ip, auth, env, _ = C.provider_trace("yahoo", rng, addr, t, "yahoo.com", C.MAILBOX_ADDR[mailbox],
                                                 "yahoo_web")
    omid = ours.our_message_id(our, rng_for(key + ":our"))
    ph, pb, _ = C.leaf("text/plain", "UTF-8", text, None)
    H = ["Date: %s" % at(t, "utc", abbr=True), "From: %s" % hdr_addr(name, addr),
         "To: %s <%s>" % (our["name"], our["addr"]),
         "Message-ID: <%d.%d.%d@mail.yahoo.com>" % (rng.randint(10 ** 8, 2 * 10 ** 9), rng.randint(10 ** 6, 9 * 10 ** 6),
                                                    int(t.timestamp() * 1000)),
         "In-Reply-To: %s" % omid, fold("Subject", subj + our["subject"]), "MIME-Version: 1.0"]
    if auto:
        H.append("Auto-Submitted: auto-replied")
    H += ph + ["X-Mailer: WebService/1.1.22806 YMailNorrin"]
    return _finish(rng, key, mailbox, t, env, host, ip, auth, P, H, pb), dict(date=t, program="Yahoo Mail auto-response")


def isp_autoreply_plain(key, when, mailbox, our_ref, name, addr, subj, text, program, server, ipfmt):
    """Headerless auto-reply from a small ISP's sieve/vacation or an old mailbox rule: no Auto-Submitted."""
    rng = rng_for(key)
    our = ours.resolve(our_ref)
    t = local_to_utc(when, "central") + TD(seconds=rng.randint(0, 59))
    dom = addr.split("@")[1]
    ip = ipfmt % (rng.randint(1, 250), rng.randint(2, 250))
    omid = ours.our_message_id(our, rng_for(key + ":our"))
    P = ["Received: from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s;\n\t%s"
         % (server, ralnum(rng, 10, "0123456789ABCDEF"), at(t, "central", abbr=True))]
    H = ["Date: %s" % at(t, "central"), "From: %s" % hdr_addr(name, addr), "To: %s" % our["addr"],
         fold("Subject", subj), "In-Reply-To: %s" % omid, "Message-ID: <%s.%s@%s>" % (rhex(rng, 12), rhex(rng, 6), dom),
         "MIME-Version: 1.0", "Content-Type: text/plain; charset=us-ascii", "Content-Transfer-Encoding: 7bit"]
    if program:
        H.append("X-Mailer: %s" % program)
    auth = C.auth_line(None, None, rng, addr, ip, True, dom)
    return _finish(rng, key, mailbox, t, addr, server, ip, auth, P, H, text.rstrip("\n") + "\n"), dict(
        date=t, program="ISP mailbox rule (no Auto-Submitted)")


# ------------------------------------------------------------------------------------------------------
def postfix_dsn(key, when_utc_after, mailbox, our_ref, rcpt, mta, mta_ip, status, diag, reason_text):
    rng = rng_for(key)
    our = ours.resolve(our_ref)
    t = ours.our_when_utc(our) + TD(seconds=when_utc_after)
    hdrs, omid = _our_headers_block(our, rcpt, rng)
    hdrs = [h.replace("{RCPT_MTA}", "%s (Postfix) with ESMTPS id %s" % (mta, ralnum(rng, 10, "0123456789ABCDEF")))
            for h in hdrs]
    bnd = "%s.%d/%s" % (ralnum(rng, 10, "0123456789ABCDEF"), int(t.timestamp()), mta)
    qid = ralnum(rng, 10, "0123456789ABCDEF")
    human = ("This is the mail system at host %s.\n\nI'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail"
             " to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from"
             " the attached returned message.\n\n                   The mail system\n\n<%s>: %s\n"
             % (mta, rcpt, reason_text))
    ds = ("Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\nArrival-Date: %s\n\n"
          "Final-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: failed\nStatus: %s\n"
          "Diagnostic-Code: %s\n" % (mta, qid, our["addr"], at(t - TD(seconds=3), "central"), rcpt, rcpt, status, diag))
    parts = [(['Content-Description: Notification', 'Content-Type: text/plain; charset=us-ascii'], human),
             (['Content-Description: Delivery report', 'Content-Type: message/delivery-status'], ds),
             (['Content-Description: Undelivered Message Headers', 'Content-Type: text/rfc822-headers'],
              "\n".join(hdrs) + "\n")]
    body = "This is a MIME-encapsulated message.\n\n" + C.multipart("report", bnd, parts)
    H = ["Date: %s" % at(t, "central", abbr=True), "From: MAILER-DAEMON@%s (Mail Delivery System)" % mta,
         "Subject: Undelivered Mail Returned to Sender", "To: %s" % our["addr"], "Auto-Submitted: auto-replied",
         "MIME-Version: 1.0",
         'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="%s"' % bnd,
         "Content-Transfer-Encoding: 8bit",
         "Message-Id: <%s.%s@%s>" % (rhex(rng, 8), ralnum(rng, 6, "0123456789ABCDEF"), mta)]
    P = ["Received: by %s (Postfix)\n\tid %s; %s" % (mta, qid, at(t, "central", abbr=True))]
    auth = "dkim=none; spf=pass (mx.alliant-energy.com: HELO %s) smtp.helo=%s" % (mta, mta)
    raw = _finish(rng, key, mailbox, t, "", mta, mta_ip, auth, P, H, body)
    return raw.replace("Return-Path: <>", "Return-Path: <>"), dict(date=t, program="Postfix DSN")


def google_dsn(key, after, mailbox, our_ref, rcpt):
    rng = rng_for(key)
    our = ours.resolve(our_ref)
    t = ours.our_when_utc(our) + TD(seconds=after)
    hdrs, omid = _our_headers_block(our, rcpt, rng)
    hdrs = [h.replace("{RCPT_MTA}", "mx.google.com with ESMTPS id %s" % ralnum(rng, 20)) for h in hdrs]
    bnd = "000000000000" + rhex(rng, 16)
    bnd2 = "000000000000" + rhex(rng, 16)
    txt = ("\n** Address not found **\n\nYour message wasn't delivered to %s because the address couldn't be found, or "
           "is unable to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\n\n"
           "The response was:\n\n550 5.1.1 The email account that you tried to reach does not exist. Please try "
           "double-checking the recipient's email address for typos or unnecessary spaces. For more information, go "
           "to https://support.google.com/mail/?p=NoSuchUser %s - gsmtp\n" % (rcpt, ralnum(rng, 20)))
    htm = ("<html>\n<head></head><body><table cellpadding=\"0\" cellspacing=\"0\"><tr><td><h2>Address not found</h2>"
           "<p>Your message wasn't delivered to <a style='color:#212121;text-decoration:none'><b>%s</b></a> because "
           "the address couldn't be found, or is unable to receive mail.</p></td></tr></table></body>\n</html>\n" % rcpt)
    alt = C.multipart("alternative", bnd2, [(['Content-Type: text/plain; charset="UTF-8"'], txt),
                                            (['Content-Type: text/html; charset="UTF-8"'], htm)])
    ds = ("Reporting-MTA: dns; googlemail.com\nReceived-From-MTA: dns; out02.news.alliant-energy.com\n"
          "Arrival-Date: %s\nX-Original-Message-ID: %s\n\nFinal-Recipient: rfc822; %s\nAction: failed\n"
          "Status: 5.1.1\nRemote-MTA: dns; gmail-smtp-in.l.google.com. (2607:f8b0:4004:c19::1b, the server for the "
          "domain gmail.com.)\nDiagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.\n"
          "Last-Attempt-Date: %s\n" % (at(t - TD(seconds=2), "pacific"), omid, rcpt, at(t, "pacific")))
    parts = [(['Content-Type: multipart/alternative; boundary="%s"' % bnd2], alt),
             (['Content-Type: message/delivery-status'], ds),
             (['Content-Type: text/rfc822-headers'], "\n".join(hdrs) + "\n")]
    body = C.multipart("report", bnd, parts)
    P = ["Received: by 2002:a05:6a10:%s:b0:%s:%s:%s with SMTP id %s;\n        %s"
         % (rhex(rng, 4), rhex(rng, 3), rhex(rng, 4), rhex(rng, 4), ralnum(rng, 16), at(t, "pacific", abbr=True))]
    P.append(C.dkim(rng, "googlemail.com", "20230601", "to:references:in-reply-to:subject:date:message-id:"
                    "auto-submitted:from:from:to:cc:subject:date:message-id:reply-to", t))
    H = ["Return-Path: <>", "MIME-Version: 1.0",
         'Content-Type: multipart/report; boundary="%s"; report-type=delivery-status' % bnd,
         "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "To: %s" % our["addr"],
         "Auto-Submitted: auto-replied", "Message-ID: <%s.%s.%d@mx.google.com>" % (rhex(rng, 8), ralnum(rng, 6),
                                                                                 rng.randint(10 ** 6, 9 * 10 ** 6)),
         "Date: %s" % at(t, "pacific"), "Subject: Delivery Status Notification (Failure)", "References: %s" % omid,
         "In-Reply-To: %s" % omid, "X-Failed-Recipients: %s" % rcpt]
    host = "mail-sor-f69.google.com"
    ip = "209.85.220.69"
    auth = "dkim=pass (2048-bit key; unprotected) header.d=googlemail.com header.i=@googlemail.com " \
           "header.a=rsa-sha256 header.s=20230601 header.b=%s; spf=pass smtp.helo=%s" % (ralnum(rng, 8), host)
    raw = _finish(rng, key, mailbox, t, "", host, ip, auth, P, H[1:], body)
    return raw, dict(date=t, program="Gmail DSN")


def qmail_bounce(key, after, mailbox, our_ref, rcpt, mta, mta_ip):
    rng = rng_for(key)
    our = ours.resolve(our_ref)
    t = ours.our_when_utc(our) + TD(seconds=after)
    hdrs, omid = _our_headers_block(our, rcpt, rng)
    hdrs = [h.replace("{RCPT_MTA}", "%s with ESMTP" % mta) for h in hdrs]
    hdrs = [("Content-Type: text/plain; charset=us-ascii" if h.startswith("Content-Type:") else h) for h in hdrs]
    qpid = rng.randint(10000, 99999)
    body = ("Hi. This is the qmail-send program at %s.\nI'm afraid I wasn't able to deliver your message to the "
            "following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<%s>:\n"
            "Sorry, no mailbox here by that name. (#5.1.1)\n\n--- Below this line is a copy of the message.\n\n%s\n\n"
            "%s\n" % (mta, rcpt, "\n".join(hdrs), our["text"]))
    H = ["Date: %s" % at(t, "utc").replace("+0000", "-0000"), "From: MAILER-DAEMON@%s" % mta, "To: %s" % our["addr"],
         "Subject: failure notice", "Message-ID: <%d.%d@%s>" % (int(t.timestamp()), qpid, mta)]
    P = ["Received: (qmail %d invoked for bounce); %s" % (qpid, at(t, "utc").replace("+0000", "-0000"))]
    auth = "dkim=none; spf=none smtp.helo=%s" % mta
    return _finish(rng, key, mailbox, t, "", mta, mta_ip, auth, P, H, body, tls=False), dict(date=t, program="qmail bounce (no MIME)")


# ------------------------------------------------------------------------------------------------------
def esp_mail(key, when, mailbox, from_name, from_addr, subject, text, html, list_id=None, list_unsub=None,
             precedence="bulk", esp_host="o1.em.sendgrid-mailer.net", esp_ip="167.89.%d.%d", extra=(), auto=None,
             html_only=False, charset="utf-8", cte="quoted-printable", to=None, tz="central", dkim_d=None,
             spf_result="pass", dmarc_result="pass", reply_to=None):
    rng = rng_for(key)
    t = local_to_utc(when, tz) + TD(seconds=rng.randint(0, 59))
    dom = from_addr.split("@")[1]
    ip = esp_ip % (rng.randint(1, 250), rng.randint(2, 250)) if "%" in esp_ip else esp_ip
    env = "bounces+%s-%s=%s@%s" % (rng.randint(100000, 999999), rhex(rng, 4),
                                   C.MAILBOX_ADDR[mailbox].replace("@", "="), "em." + dom)
    P = [C.dkim(rng, dkim_d or dom, "s1", "from:mime-version:subject:list-unsubscribe:content-type:to:cc", t)]
    P.append("Received: by filterdrecv-%s-%s with SMTP id filterdrecv-%s-%s-1-%s-%s\n\t%s"
             % (rhex(rng, 10), ralnum(rng, 5, "abcdefghijklmnopqrstuvwxyz0123456789"), rhex(rng, 10),
                ralnum(rng, 5, "abcdefghijklmnopqrstuvwxyz0123456789"), rhex(rng, 8).upper(), rng.randint(1, 40),
                at(t, "utc", abbr=True)))
    msgid = "<%s@geopod-ismtpd-%d>" % (ralnum(rng, 22), rng.randint(1, 40))
    try:
        subject.encode("ascii")
        sh = fold("Subject", subject)
    except UnicodeEncodeError:
        sh = "Subject: " + rfc2047(subject, charset, "B")
    try:
        from_name.encode("ascii")
        fh = '"%s" <%s>' % (from_name, from_addr)
    except UnicodeEncodeError:
        fh = "%s <%s>" % (rfc2047(from_name, charset, "Q"), from_addr)
    H = ["Content-Type: ", "Date: %s" % at(t, "utc"), "From: %s" % fh]
    if reply_to:
        H.append("Reply-To: %s" % reply_to)
    H += ["Mime-Version: 1.0", "Message-ID: %s" % msgid, sh, "To: %s" % (to or C.MAILBOX_ADDR[mailbox])]
    if list_id:
        H.append("List-Id: %s" % list_id)
    if list_unsub:
        H.append("List-Unsubscribe: %s" % list_unsub)
        H.append("List-Unsubscribe-Post: List-Unsubscribe=One-Click")
    if precedence:
        H.append("Precedence: %s" % precedence)
    if auto:
        H.append("Auto-Submitted: %s" % auto)
    H.extend(extra)
    if html_only:
        hh, hb, _ = C.leaf("text/html", charset, html, cte)
        H[0] = hh[0]
        H.extend(hh[1:])
        body = hb
    else:
        bnd = rhex(rng, 64)
        ph, pb, _ = C.leaf("text/plain", charset, text, cte)
        hh, hb, _ = C.leaf("text/html", charset, html, cte)
        H[0] = 'Content-Type: multipart/alternative; boundary=%s' % bnd
        body = C.multipart("alternative", bnd, [(ph, pb), (hh, hb)])
    auth = C.auth_line(dkim_d or dom, "s1", rng, env.split("@")[1], ip, True, dom, dmarc_result=dmarc_result,
                       spf_result=spf_result)
    host = "%s" % esp_host
    return _finish(rng, key, mailbox, t, env, host, ip, auth, P, H, body), dict(date=t, program="bulk sender (ESP)")


def spam_direct(key, when, mailbox, from_hdr, env, helo, ip, subject_hdr, ctype_lines, body, extra=(), tz="utc",
                auth=None):
    """Spam/phishing delivered straight from a compromised host or cheap VPS."""
    rng = rng_for(key)
    t = local_to_utc(when, "central") + TD(seconds=rng.randint(0, 59))
    H = ["From: %s" % from_hdr, "To: %s" % C.MAILBOX_ADDR[mailbox], subject_hdr,
         "Date: %s" % at(t, tz), "Message-ID: <%s@%s>" % (rhex(rng, 24), helo), "MIME-Version: 1.0"] + list(extra) + \
        list(ctype_lines)
    a = auth or ("dkim=none; dmarc=none (p=none dis=none) header.from=%s; spf=softfail smtp.mailfrom=%s"
                 % (from_hdr.split("@")[-1].rstrip(">"), env.split("@")[-1]))
    return _finish(rng, key, mailbox, t, env, None, ip, a, [], H, body, tls=True, helo=helo), dict(
        date=t, program="spam relay")


# ------------------------------------------------------------------------------------------------------
# individual machine messages
# ------------------------------------------------------------------------------------------------------
def _google_relay(rng, t, to_addr, d):
    host = "mail-%s-f%d.google.com" % (rng.choice(["pj1", "pl1", "yb1", "qv1"]), rng.randint(41, 199))
    ip = "209.85.%d.%d" % (rng.randint(128, 222), rng.randint(2, 250))
    P = ["Received: by %s with SMTP id %s\n        for <%s>; %s" % (host, ralnum(rng, 16), to_addr, at(t, "pacific")),
         C.dkim(rng, d, "google", "to:from:subject:date:message-id:reply-to:mime-version:from:to:cc:subject:date"
                ":message-id:reply-to", t)]
    auth = C.auth_line(d, "google", rng, "bounce@" + d, ip, True, d)
    return P, host, ip, auth


def phish_payment(key, when):
    rng = rng_for(key)
    html = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Alliant Energy</title></head>\n"
            "<body style=\"font-family:Arial,sans-serif;background:#f4f4f4\">\n<table width=\"600\" align=\"center\" "
            "style=\"background:#ffffff;padding:20px\"><tr><td>\n<p style=\"color:#0a4a7a;font-size:22px\"><b>Alliant "
            "Energy</b></p>\n<p>Dear Customer,</p>\n<p>We were unable to process your most recent automatic payment. To "
            "avoid interruption of your electric and gas service, please update your payment information within "
            "<b>24 hours</b>.</p>\n<p style=\"text-align:center\"><a href=\"http://alliant-energy-secure.com/login/"
            "verify?id=%s\" style=\"background:#0a4a7a;color:#fff;padding:12px 24px;text-decoration:none\">Update "
            "Payment Now</a></p>\n<p>If you have already updated your information, please disregard this message.</p>\n"
            "<p>Thank you,<br>Alliant Energy Customer Service</p>\n<p style=\"font-size:10px;color:#888\">This is an "
            "automated message. Please do not reply.</p>\n</td></tr></table>\n</body></html>\n" % rhex(rng, 24))
    ct = ["Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: base64"]
    return spam_direct(key, when, CC_BOX, '"Alliant Energy Billing" <billing@alliant-energy-secure.com>',
                       "bounce@mail3.alliant-energy-secure.com", "vps-88231.cloudhost-node.net", "185.217.98.41",
                       "Subject: Action Required: Your payment could not be processed", ct, b64(html),
                       extra=["X-Priority: 1 (Highest)"], tz="utc")


CC_BOX = "customercare"
PH_BOX = "powerhousecatalog"


def vendor_suppression(key, when):
    text = ("Job 24-1187 - PowerHouse Catalog Holiday drop\nClient: Alliant Energy / PowerHouse Catalog\n\n"
            "Your suppression file ALNT_PH_SUPP_20241003.csv was processed at 05:12 AM CDT.\n\n"
            "  Input records ............ 412,880\n  Internal opt-out matches .   1,907\n"
            "  Do-not-share flags .......     622  (excluded from list exchange output)\n"
            "  Pander file matches ......   3,112\n  NCOA moves ...............   5,489\n"
            "  Deceased suppression .....     814\n  Final mail file .......... 401,558\n\n"
            "The list exchange file for partner catalogs was generated without the 622 do-not-share records.\n\n"
            "Reports are available in the client portal: https://portal.mwlettershop.com/jobs/24-1187\n\n"
            "This is an automated notice. Please do not reply to this message. Questions: call your account rep at "
            "608-555-0148.\n")
    html = "<html><body><pre style=\"font-family:Consolas,monospace\">%s</pre></body></html>\n" % esc(text)
    return esp_mail(key, when, CC_BOX, "Midwest Lettershop Data Services", "reports@mwlettershop.com",
                    "Suppression processing complete - Job 24-1187 (PowerHouse Holiday drop)", text, html,
                    precedence=None, auto="auto-generated", cte="7bit")


def list_post(key, when):
    rng = rng_for(key)
    t = local_to_utc(when, "central") + TD(seconds=rng.randint(0, 59))
    text = ("Hi all,\n\nQuestion for the group from a small co-op. We've started getting a lot of e-mails from "
            "members that just say \"quit sending me stuff\" or \"no more mail\" with nothing else. Some of them mean "
            "our newsletter, some mean the bill, one gentleman meant the calendar we mail in December.\n\n"
            "How are the rest of you handling these? Do you treat every one as a marketing opt-out, or do you call "
            "the member back first? And does anyone separate \"don't share my name\" from \"stop mailing me\" in "
            "their CRM?\n\nThanks,\nKarla Bettis\nMember Services Supervisor\nPrairie Bend Rural Electric Cooperative\n")
    footer = ("_______________________________________________\nMEF-CX mailing list\ncx@lists.midwestenergyforum.org\n"
              "https://lists.midwestenergyforum.org/mailman/listinfo/cx\n")
    ph, pb, _ = C.leaf("text/plain", "us-ascii", text + footer, "7bit")
    lst = "lists.midwestenergyforum.org"
    P = ["Received: from mail.prairiebendrec.coop (mail.prairiebendrec.coop [64.71.%d.%d])\n\tby %s (Postfix) with ESMTPS "
         "id %s\n\tfor <cx@%s>; %s" % (rng.randint(1, 250), rng.randint(2, 250), lst, ralnum(rng, 10, "0123456789ABCDEF"),
                                       lst, at(t - TD(seconds=40), "central", abbr=True))]
    H = ["From: Karla Bettis <kbettis@prairiebendrec.coop>", "To: %s" % C.MAILBOX_ADDR[CC_BOX],
         "Cc: cx@lists.midwestenergyforum.org",
         "Subject: [MEF-CX] How do you handle \"quit sending me stuff\" e-mails?",
         "Date: %s" % at(t - TD(seconds=45), "central"),
         "Message-ID: <%s@prairiebendrec.coop>" % uuid_upper(rng).lower(), "MIME-Version: 1.0"] + ph + [
        "X-BeenThere: cx@lists.midwestenergyforum.org", "X-Mailman-Version: 2.1.39", "Precedence: list",
        "List-Id: Midwest Energy Forum - Customer Experience <cx.lists.midwestenergyforum.org>",
        "List-Unsubscribe: <https://lists.midwestenergyforum.org/mailman/options/cx>,\n"
        " <mailto:cx-request@lists.midwestenergyforum.org?subject=unsubscribe>",
        "List-Archive: <https://lists.midwestenergyforum.org/pipermail/cx/>",
        "List-Post: <mailto:cx@lists.midwestenergyforum.org>",
        "List-Help: <mailto:cx-request@lists.midwestenergyforum.org?subject=help>",
        "List-Subscribe: <https://lists.midwestenergyforum.org/mailman/listinfo/cx>,\n"
        " <mailto:cx-request@lists.midwestenergyforum.org?subject=subscribe>",
        "Errors-To: cx-bounces+customercare=alliant-energy.com@lists.midwestenergyforum.org",
        "Sender: \"cx\" <cx-bounces+customercare=alliant-energy.com@lists.midwestenergyforum.org>"]
    env = "cx-bounces+customercare=alliant-energy.com@lists.midwestenergyforum.org"
    auth = C.auth_line(None, None, rng, env.split("@")[1], "204.93.60.17", True, "prairiebendrec.coop",
                       dmarc_result="pass")
    return _finish(rng, key, CC_BOX, t, env, lst, "204.93.60.17", auth, P, H, pb), dict(date=t, program="Mailman 2.1")


def newsletter(key, when):
    text = ("FARM & HOME DIGEST - November 2024\n\nWinterize your well pump before the first hard freeze\n"
            "Heat tape, a pump house light bulb, or a small space heater? Our readers weigh in.\n\n"
            "Readers' best deer-camp chili\nSeven recipes from seven counties.\n\nMarket corner\nCorn and bean prices, "
            "hay auctions, and the December feeder calf outlook.\n\n----\nYou are receiving this e-mail because "
            "customercare@alliant-energy.com subscribed at farmhomedigest.com.\nUnsubscribe: "
            "https://farmhomedigest.com/u/%s\nWe never sell or share your e-mail address.\nFarm & Home Digest, "
            "PO Box 117, Waukon, IA 52172\n" % rhex(rng_for(key + "u"), 20))
    html = ("<html><body style=\"margin:0;background:#efe9dc\"><table width=\"100%%\"><tr><td align=\"center\">"
            "<table width=\"600\" style=\"background:#fff;font-family:Georgia,serif\"><tr><td style=\"padding:18px\">"
            "<h1 style=\"color:#5a3e1b\">Farm &amp; Home Digest</h1><h2>Winterize your well pump before the first hard "
            "freeze</h2><p>Heat tape, a pump house light bulb, or a small space heater? Our readers weigh in.</p>"
            "<h2>Readers&#39; best deer-camp chili</h2><p>Seven recipes from seven counties.</p><h2>Market corner</h2>"
            "<p>Corn and bean prices, hay auctions, and the December feeder calf outlook.</p><hr><p style=\"font-size:"
            "11px;color:#777\">You are receiving this e-mail because customercare@alliant-energy.com subscribed at "
            "farmhomedigest.com.<br><a href=\"https://farmhomedigest.com/u/%s\">Unsubscribe</a> | We never sell or "
            "share your e-mail address.<br>Farm &amp; Home Digest, PO Box 117, Waukon, IA 52172</p></td></tr></table>"
            "</td></tr></table></body></html>\n" % rhex(rng_for(key + "u"), 20))
    return esp_mail(key, when, CC_BOX, "Farm & Home Digest", "news@farmhomedigest.com",
                    "November: Winterize your well pump, plus readers' best deer-camp chili", text, html,
                    list_id="Farm & Home Digest <monthly.farmhomedigest.com>",
                    list_unsub="<mailto:unsubscribe@farmhomedigest.com?subject=unsubscribe>,\n "
                               "<https://farmhomedigest.com/u/%s>" % rhex(rng_for(key + "u"), 20))


def challenge(key, when):
    our = ours.resolve("holiday")
    text = ("Hello,\n\nWayne Krogmann uses MailGuard to keep junk mail out of his inbox. Your message\n\n"
            "    Subject: %s\n    Sent:    Nov 12, 2024 8:00 AM\n\nis being held until you confirm you are a real "
            "person. Click the link below and type the letters you see. You only need to do this once.\n\n"
            "https://verify.mailguardcr.net/c/%s\n\nIf you do not verify within 7 days your message will be deleted.\n\n"
            "-- MailGuard Verify\n" % (our["subject"], rhex(rng_for(key + "c"), 32)))
    html = "<html><body><pre style=\"font-family:Arial\">%s</pre></body></html>\n" % esc(text)
    return esp_mail(key, when, PH_BOX, "MailGuard Verify", "verify@mailguardcr.net",
                    "Please verify: your message to wkrogmann@mchsi.com is on hold", text, html, precedence="junk",
                    auto="auto-replied", cte="7bit",
                    extra=["In-Reply-To: %s" % ours.our_message_id(our, rng_for(key + ":our"))])


def seo_pitch(key, when):
    rng = rng_for(key)
    t = local_to_utc(when, "eastern") + TD(seconds=rng.randint(0, 59))
    d = "rankrisedigital.co"
    P, host, ip, auth = _google_relay(rng, t, C.MAILBOX_ADDR[CC_BOX], d)
    text = ("Hi there,\n\nI was checking out alliant-energy.com and noticed a few things that are probably costing you "
            "traffic: 37 broken links, slow mobile load on your outage pages, and missing schema on your service area "
            "pages.\n\nWe help utilities and co-ops rank for searches like \"cheap electricity near me\". Would you be "
            "open to a quick 15 minute call next week?\n\nBest,\nBrandon Kyle\nGrowth Lead, RankRise Digital\n\n"
            "P.S. If this isn't a fit just reply \"no thanks\" and I'll take you off my list.\n")
    bnd = "000000000000" + rhex(rng, 16)
    ph, pb, _ = C.leaf("text/plain", "UTF-8", text, None, omit_7bit_cte=True)
    ph[0] = 'Content-Type: text/plain; charset="UTF-8"'
    hh, hb, _ = C.leaf("text/html", "UTF-8", '<div dir="ltr">%s</div>\n' % "<br>".join(esc(l) for l in text.split("\n")),
                       None, omit_7bit_cte=True)
    hh[0] = 'Content-Type: text/html; charset="UTF-8"'
    H = ["MIME-Version: 1.0", "From: Brandon Kyle <brandon@%s>" % d, "Date: %s" % at(t, "eastern"),
         "Message-ID: <CA%s@mail.gmail.com>" % ralnum(rng, 46), "Subject: alliant-energy.com - quick question",
         "To: %s" % C.MAILBOX_ADDR[CC_BOX], 'Content-Type: multipart/alternative; boundary="%s"' % bnd]
    body = C.multipart("alternative", bnd, [(ph, pb), (hh, hb)])
    return _finish(rng, key, CC_BOX, t, "brandon@" + d, host, ip, auth, P, H, body), dict(date=t, program="Google Workspace (cold outreach)")


def helpdesk_ack(key, when):
    our = ACK_1122
    omid = ours.our_message_id(our, rng_for(key + ":our"))
    text = ("Hi Alliant Energy Customer Care,\n\nThanks for contacting Hawkeye Plumbing & Heating! Your request "
            "(#48812) has been received and one of our team will get back to you within 1 business day.\n\n"
            "To add more information, just reply to this email.\n\nNeed emergency service? Call 319-555-0155 "
            "anytime.\n\n-- Hawkeye Plumbing & Heating Help Desk\n")
    html = "<html><body><p>%s</p></body></html>\n" % "<br>".join(esc(l) for l in text.split("\n"))
    return esp_mail(key, when, CC_BOX, "Hawkeye Plumbing & Heating Support", "support@hawkeyeplumbingheating.com",
                    "[#48812] Re: %s" % our["subject"], text, html, precedence=None, auto="auto-replied", cte="7bit",
                    extra=["In-Reply-To: %s" % omid, "References: %s" % omid, "X-Auto-Response-Suppress: All",
                           "X-Helpdesk: HelpDeskly ticket 48812"],
                    to="Alliant Energy Customer Care <%s>" % ours.CC)


ACK_1122 = ours.ack("2024-11-22 13:40", "CC-2024-11-00731")


def read_receipt(key, when):
    rng = rng_for(key)
    our = ours.resolve("news")
    t = local_to_utc(when, "central") + TD(seconds=rng.randint(0, 59))
    addr = "dhoeger@comcast.net"
    P, host, ip, auth, env, _ = C.provider_trace("comcast", rng, addr, t, "comcast.net", C.MAILBOX_ADDR[CC_BOX], "outlook_desktop")
    omid = ours.our_message_id(our, rng_for(key + ":our"))
    oc, _ = zone(ours.our_when_utc(our), "central")
    rc, _ = zone(t, "central")
    bnd = "----=_NextPart_000_00%02X_01DB4590.%s" % (rng.randint(0, 255), rhex(rng, 8, upper=True))
    human = ("Your message\n\n  To: %s\n  Subject: %s\n  Sent: Tuesday, December 3, 2024 %d:%02d:%02d AM (UTC-06:00) "
             "Central Time (US & Canada)\n\nwas read on Tuesday, December 3, 2024 %d:%02d:%02d AM (UTC-06:00) Central "
             "Time (US & Canada).\n" % (addr, our["subject"], oc.hour, oc.minute, oc.second, rc.hour, rc.minute,
                                        rc.second))
    mdn = ("Reporting-UA: DHOEGER-PC; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;%s\nOriginal-Message-ID: %s\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\n" % (addr, omid))
    body = "This is a multipart message in MIME format.\n\n" + C.multipart("report", bnd, [
        (['Content-Type: text/plain;\n\tcharset="us-ascii"', "Content-Transfer-Encoding: 7bit"], human),
        (["Content-Type: message/disposition-notification"], mdn)])
    H = ['From: "Dick Hoeger" <%s>' % addr, "To: %s <%s>" % (our["name"], our["addr"]), fold("Subject", "Read: " + our["subject"]),
         "Date: %s" % at(t, "central"), "Message-ID: <000001db4590$%s$%s@comcast.net>" % (rhex(rng, 8), rhex(rng, 8)),
         "MIME-Version: 1.0",
         'Content-Type: multipart/report;\n\treport-type=disposition-notification;\n\tboundary="%s"' % bnd,
         "X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdtFkA%s" % ralnum(rng, 20), "Content-Language: en-us"]
    return _finish(rng, key, CC_BOX, t, env, host, ip, auth, P, H, body), dict(date=t, program="Outlook read receipt (MDN)")


def phish_es(key, when):
    rng = rng_for(key)
    text = ("Estimado cliente:\n\nSu cuenta tiene un saldo vencido de $87.42. Si no realiza el pago hoy, su servicio "
            "de luz será desconectado a las 5:00 PM.\n\nPague aquí para evitar la desconexión:\n"
            "http://alliantenergia-pagos.com/pago?c=%s\n\nAtentamente,\nDepartamento de Cobranza\n" % rhex(rng, 16))
    html = ("<html><body style=\"font-family:Arial\"><p><b>Estimado cliente:</b></p><p>Su cuenta tiene un saldo "
            "vencido de <b>$87.42</b>. Si no realiza el pago hoy, su servicio de luz será desconectado a las "
            "5:00 PM.</p><p><a href=\"http://alliantenergia-pagos.com/pago?c=%s\">PAGAR AHORA</a></p><p>Atentamente,"
            "<br>Departamento de Cobranza</p></body></html>\n" % rhex(rng, 16))
    bnd = "----=_NextPart_%s" % rhex(rng, 20)
    body = C.multipart("alternative", bnd, [
        (["Content-Type: text/plain; charset=iso-8859-1", "Content-Transfer-Encoding: base64"],
         b64(text.encode("iso-8859-1"))),
        (["Content-Type: text/html; charset=iso-8859-1", "Content-Transfer-Encoding: base64"],
         b64(html.encode("iso-8859-1")))])
    ct = ['Content-Type: multipart/alternative; boundary="%s"' % bnd]
    return spam_direct(key, when, CC_BOX, "%s <avisos@alliantenergia-pagos.com>" % rfc2047("Alliant Energía", "iso-8859-1", "Q"),
                       "avisos@alliantenergia-pagos.com", "srv2.alliantenergia-pagos.com", "45.141.87.203",
                       "Subject: " + rfc2047("Aviso: su servicio de luz será suspendido hoy", "iso-8859-1", "B"), ct,
                       body, tz="utc")


def calendar(key, when):
    rng = rng_for(key)
    t = local_to_utc(when, "central") + TD(seconds=rng.randint(0, 59))
    d = "mwcatalogmarketers.org"
    box = C.MAILBOX_ADDR[PH_BOX]
    P, host, ip, auth = _google_relay(rng, t, box, d)
    uid = "%s@google.com" % ralnum(rng, 26, "abcdefghijklmnopqrstuvwxyz0123456789")
    title = "Winter Roundtable: list rental, co-ops and do-not-share suppression"
    desc = ("Quarterly roundtable for member catalogs. Agenda: list rental and exchange pricing for 2025\\, "
            "co-op database updates\\, handling do-not-share and opt-out suppression files. Zoom link to follow.")
    stamp = t.strftime("%Y%m%dT%H%M%SZ")
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n"
           "METHOD:REQUEST\nBEGIN:VTIMEZONE\nTZID:America/Chicago\nX-LIC-LOCATION:America/Chicago\nBEGIN:STANDARD\n"
           "TZOFFSETFROM:-0500\nTZOFFSETTO:-0600\nTZNAME:CST\nDTSTART:19701101T020000\n"
           "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\nEND:STANDARD\nEND:VTIMEZONE\nBEGIN:VEVENT\n"
           "DTSTART;TZID=America/Chicago:20250109T100000\nDTEND;TZID=America/Chicago:20250109T113000\nDTSTAMP:%s\n"
           "ORGANIZER;CN=Midwest Catalog Marketers Association:mailto:events@%s\nUID:%s\n"
           "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=\n TRUE;CN=%s;X-NUM-GUESTS=0:"
           "mailto:%s\nCREATED:%s\nDESCRIPTION:%s\nLAST-MODIFIED:%s\nLOCATION:Zoom\nSEQUENCE:0\nSTATUS:CONFIRMED\n"
           "SUMMARY:%s\nTRANSP:OPAQUE\nEND:VEVENT\nEND:VCALENDAR\n"
           % (stamp, d, uid, box, box, stamp, desc[:60] + "\n " + desc[60:120] + "\n " + desc[120:], stamp, title))
    ics_crlf = ics.replace("\n", "\r\n")
    text = ("Midwest Catalog Marketers Association has invited you to an event.\n\n%s\nThursday Jan 9, 2025 - 10am - "
            "11:30am (Central Time - Chicago)\n\nAgenda: list rental and exchange pricing for 2025, co-op database "
            "updates, handling do-not-share and opt-out suppression files. Zoom link to follow.\n\nReply for %s\n"
            "Yes / No / Maybe\n\nInvitation from Google Calendar\n" % (title, box))
    html = ("<html><body><div><h2>%s</h2><p>Thursday Jan 9, 2025 &#8901; 10am &ndash; 11:30am (Central Time - "
            "Chicago)</p><p>Agenda: list rental and exchange pricing for 2025, co-op database updates, handling "
            "do-not-share and opt-out suppression files. Zoom link to follow.</p><p>Reply for %s: Yes | No | Maybe"
            "</p><p style=\"font-size:11px;color:#70757a\">Invitation from Google Calendar</p></div></body></html>\n"
            % (esc(title), box))
    b_mixed = "000000000000" + rhex(rng, 16)
    b_alt = "000000000000" + rhex(rng, 16)
    alt = C.multipart("alternative", b_alt, [
        (['Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes', "Content-Transfer-Encoding: base64"],
         b64(text)),
        (['Content-Type: text/html; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable"], qp(html)),
        (['Content-Type: text/calendar; charset="UTF-8"; method=REQUEST', "Content-Transfer-Encoding: 7bit"], ics)])
    body = C.multipart("mixed", b_mixed, [
        (['Content-Type: multipart/alternative; boundary="%s"' % b_alt], alt),
        (['Content-Type: application/ics; name="invite.ics"', 'Content-Disposition: attachment; filename="invite.ics"',
          "Content-Transfer-Encoding: base64"], b64(ics_crlf.encode("utf-8")))])
    subj = "Invitation: %s @ Thu Jan 9, 2025 10am - 11:30am (CST) (%s)" % (title, box)
    H = ["MIME-Version: 1.0", "Reply-To: Midwest Catalog Marketers Association <events@%s>" % d,
         "Sender: Google Calendar <calendar-notification@google.com>",
         "Auto-Submitted: auto-generated", "Message-ID: <calendar-%s@google.com>" % uuid_upper(rng).lower(),
         "Date: %s" % at(t, "utc"), fold("Subject", subj),
         'From: Midwest Catalog Marketers Association <events@%s>' % d, "To: %s" % box,
         'Content-Type: multipart/mixed; boundary="%s"' % b_mixed]
    return _finish(rng, key, PH_BOX, t, "events@" + d, host, ip, auth, P, H, body), dict(date=t, program="Google Calendar invitation")


def crm_export(key, when):
    text = ("Hello,\n\nYour scheduled export has finished.\n\n  Export:   Marketing Preferences - Opt-Outs (Daily)\n"
            "  Object:   Contact\n  Filter:   Email Opt Out = TRUE OR Catalog Share Opt Out = TRUE, modified since "
            "1/5/2025\n  Rows:     214\n  Finished: 1/6/2025 5:00 AM CST\n\nDownload (link expires in 72 hours):\n"
            "https://app.cirruscrm.com/exports/dl/%s\n\nYou are receiving this because customercare@alliant-energy.com "
            "is a recipient of this scheduled export. To change recipients, edit the export in Setup > Data > "
            "Scheduled Exports.\n\n(c) 2025 Cirrus CRM, Inc.\n" % rhex(rng_for(key + "x"), 32))
    html = "<html><body><pre style=\"font-family:Segoe UI,Arial\">%s</pre></body></html>\n" % esc(text)
    return esp_mail(key, when, CC_BOX, "Cirrus CRM", "no-reply@notify.cirruscrm.com",
                    'Your scheduled export "Marketing Preferences - Opt-Outs (Daily)" is ready', text, html,
                    precedence="bulk", auto="auto-generated")


def spam_rewards(key, when):
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body>"
            "<center><h1 style=\"color:#c00\">Congratulations!</h1><p>You\u2019ve been selected to receive an exclusive "
            "Farm &amp; Home Rewards\u00ae gift. Answer 3 quick questions about your shopping to claim your "
            "<b>$100 gift card</b> \u2013 today only.</p><p><a href=\"http://fhr-survey-center.top/r/%s\">START SURVEY "
            "\u00bb</a></p><p style=\"font-size:9px\">To stop receiving these offers click here or write to 1800 "
            "Reward Ln, Suite 4, Dover DE 19901.</p></center></body></html>\n" % rhex(rng_for(key + "r"), 12))
    ct = ["Content-Type: text/html; charset=windows-1252", "Content-Transfer-Encoding: quoted-printable"]
    return spam_direct(key, when, CC_BOX, '"Farm & Home Rewards" <rewards@fhr-survey-center.top>',
                       "rewards@fhr-survey-center.top", "mta4.fhr-survey-center.top", "91.92.241.77",
                       "Subject: Congratulations! Your Farm & Home Rewards prize is waiting (Ref #FH-20931)", ct,
                       qp(html, "windows-1252"), tz="utc")


def phish_parcel(key, when):
    rng = rng_for(key)
    html = ("<html><body style=\"font-family:Helvetica,Arial\"><div style=\"max-width:560px;margin:auto\">"
            "<h2 style=\"background:#1c3d6e;color:#fff;padding:10px\">Delivery Notice</h2><p>We attempted to deliver "
            "your package today but no one was available to sign for it.</p><p>Tracking: US%s</p><p>A redelivery fee of "
            "<b>$1.99</b> is required before we can try again. Packages not scheduled within 48 hours are returned "
            "to sender.</p><p><a href=\"http://parcel-redelivery-center.com/s/%s\">Schedule Redelivery</a></p></div>"
            "</body></html>\n" % (ralnum(rng, 16, "0123456789"), rhex(rng, 10)))
    ct = ["Content-Type: text/html; charset=UTF-8", "Content-Transfer-Encoding: base64"]
    return spam_direct(key, when, PH_BOX, '"Postal Delivery Notice" <notice@parcel-redelivery-center.com>',
                       "info@mx.parcel-redelivery-center.com", "mx.parcel-redelivery-center.com", "193.42.33.118",
                       "Subject: Your package could not be delivered - action required", ct, b64(html), tz="utc")
