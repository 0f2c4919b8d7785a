"""Machine mail of the 'thanksgiving' set, and the one person's unsubscribe sent by a cleaning service.

Every builder takes the spec dict and returns (env_from, src, auth, header_lines, body_bytes, meta).
header_lines are everything below our own mx Received line.
"""
from lib import (ALNUM, B64, CST, MB, PST, R, UTC, addr, dkim, epoch, esc, ew, fdate, fold_b64, hx, HX, leaf,
                 multipart, our, our_outgoing_headers, qid, rs, uid)
import datetime


def _ts(sp, seconds):
    return sp["dt"] - datetime.timedelta(seconds=seconds)


def _html_page(title, paras, foot=""):
    body = "\n".join("<p style=\"margin:0 0 14px 0;\">%s</p>" % p for p in paras)
    return ("<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>%s</title>\n</head>\n"
            "<body style=\"margin:0;padding:0;background:#f4f4f4;\">\n"
            "<table role=\"presentation\" width=\"100%%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">\n"
            "<table role=\"presentation\" width=\"600\" cellpadding=\"24\" cellspacing=\"0\" style=\"background:#ffffff;"
            "font-family:Arial,Helvetica,sans-serif;font-size:15px;color:#222222;\"><tr><td>\n%s\n%s\n</td></tr></table>\n"
            "</td></tr></table>\n</body>\n</html>\n" % (esc(title), body, foot))


def _text_to_paras(text):
    return [esc(p).replace("\n", "<br>\n") for p in text.strip("\n").split("\n\n")]


def _our_copy(key, rcpt, **kw):
    o = our(key, rcpt, **kw)
    return o, our_outgoing_headers(o, rcpt), o["text"]


# ----------------------------------------------------------------------------- bulk mail
def newsletter(sp):
    """Retailer, charity and trade newsletters: ESP headers, List-Unsubscribe, multipart/alternative."""
    p = sp["nl"]
    when = sp["dt"]
    esp = p["esp"]
    dom = p["from_addr"].split("@")[1]
    if esp == "sendgrid":
        n = R.randint(1000, 9999)
        src = dict(helo="o%d.%s" % (n, dom), ip="149.72.%d.%d" % (R.randint(1, 250), R.randint(1, 250)))
        env = "bounces+%d-%s-customercare=alliant-energy.com@%s" % (R.randint(10 ** 6, 10 ** 7), hx(4), dom)
        esp_lines = ["Received: by filterdrecv-%s-%s with SMTP id filterdrecv-%s-1-%s-1%s" % (hx(10), hx(5), hx(10), HX(8), hx(2)),
                     "        %s" % fdate(when, UTC, " (UTC)"),
                     "X-SG-EID: u001.%s" % rs(80, B64),
                     "X-SG-ID: u001.SdBcvi%s" % rs(60, B64),
                     "X-Entity-ID: u001.%s==" % rs(22, B64)]
        lu = "<https://u%d.ct.sendgrid.net/lu/unsubscribe?oc=u001.%s>, <mailto:unsubscribe-%s@%s?subject=unsubscribe>" % (
            R.randint(1000000, 9999999), rs(40, ALNUM), hx(20), dom)
    elif esp == "mailchimp":
        src = dict(helo="mail%d.atl%d1.mcdlv.net" % (R.randint(10, 240), R.randint(1, 9)),
                   ip="198.2.%d.%d" % (R.randint(128, 190), R.randint(1, 250)))
        env = "bounce-mc.us%d_%d.%d-%s=alliant-energy.com@mail%d.atl%d1.mcdlv.net" % (
            R.randint(1, 21), R.randint(10 ** 7, 10 ** 8), R.randint(10 ** 6, 10 ** 7), "customercare" if sp["mb"] == "cc" else "powerhousecatalog",
            R.randint(10, 240), R.randint(1, 9))
        esp_lines = ["Received: from localhost (localhost [127.0.0.1])",
                     "\tby mail%d.atl%d1.mcdlv.net (Mailchimp) with ESMTP id 4d%s" % (R.randint(10, 240), R.randint(1, 9), rs(10, ALNUM)),
                     "\tfor <%s>; %s" % (MB[sp["mb"]], fdate(when, UTC)),
                     "X-MC-User: %s" % hx(25),
                     "X-Feedback-ID: %d:%d.%d:us%d:mc" % (R.randint(10 ** 7, 10 ** 8), R.randint(10 ** 6, 10 ** 7), R.randint(10 ** 5, 10 ** 6), R.randint(1, 21)),
                     "X-Mailer: Mailchimp Mailer - **CID%s%s**" % (hx(10), hx(10)),
                     "X-Campaign: mailchimp%s.%s" % (hx(25), hx(10)),
                     "X-campaignid: mailchimp%s.%s" % (hx(25), hx(10)),
                     "X-Report-Abuse: Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s" % (hx(25), hx(10), hx(10)),
                     "X-MC-Sending-Domain: %s" % dom,
                     "Precedence: bulk"]
        lu = "<https://%s.us%d.list-manage.com/unsubscribe?u=%s&id=%s&t=b&e=%s&c=%s>, <mailto:unsubscribe-mc.us%d_%s@mailin%d.mcsv.net?subject=unsubscribe>" % (
            dom.split(".")[0], R.randint(1, 21), hx(25), hx(10), hx(10), hx(10), R.randint(1, 21), hx(30), R.randint(1, 4))
        esp_lines.append("List-Id: %s <%s.list-id.mcsv.net>" % (p["from_name"], hx(25)))
    elif esp == "ctct":
        src = dict(helo="ccm%d.constantcontact.com" % R.randint(10, 40), ip="208.75.123.%d" % R.randint(10, 250))
        env = "%s@in.constantcontact.com" % rs(30, "abcdefghijklmnopqrstuvwxyz0123456789")
        esp_lines = ["X-Roving-Id: %d.%d" % (R.randint(10 ** 9, 2 * 10 ** 9), R.randint(10 ** 11, 10 ** 12)),
                     "X-Feedback-ID: %s:%s:CTCT" % (hx(16), hx(16)),
                     "Sender: %s <%s@shared1.ccsend.com>" % (p["from_name"], p["from_addr"].replace("@", "-")),
                     "X-Return-Path-Hint: %s" % env]
        lu = "<https://visitor.constantcontact.com/do?p=un&m=%s&se=%s>, <mailto:%s?subject=unsubscribe>" % (
            rs(20, ALNUM), rs(20, ALNUM), env)
    elif esp == "sfmc":
        src = dict(helo="mta%d.e.%s" % (R.randint(2, 9), dom.split(".", 1)[-1] if dom.startswith("e.") else dom),
                   ip="13.111.%d.%d" % (R.randint(1, 250), R.randint(1, 250)))
        env = "bounce-%d_HTML-%d-%d-%d-%d@bounce.e.%s" % (R.randint(10, 99), R.randint(10 ** 8, 10 ** 9), R.randint(10 ** 5, 10 ** 6),
                                                          R.randint(10 ** 6, 10 ** 7), R.randint(100, 999), dom.replace("e.", "", 1))
        esp_lines = ["x-job: %d_%d" % (R.randint(10 ** 7, 10 ** 8), R.randint(10 ** 5, 10 ** 6)),
                     "X-SFMC-Stack: 11",
                     "x-CSA-Complaints: csa-complaints@eco.de"]
        lu = "<https://click.e.%s/subscription_center.aspx?jwt=%s>, <mailto:leave-%s@leave.e.%s>" % (
            dom.replace("e.", "", 1), rs(60, ALNUM), hx(40), dom.replace("e.", "", 1))
    else:
        raise ValueError(esp)
    auth = dict(d=dom if esp != "ctct" else "ccsend.com", sel=p.get("sel", "s1"), spf_env=env,
                dmarc=dom, p="NONE")
    dk = dkim(auth["d"], auth["sel"], when, "From:To:Subject:Date:Message-ID:List-Unsubscribe:List-Unsubscribe-Post:MIME-Version:Content-Type")
    text = p["text"]
    htm = _html_page(p["subject"], _text_to_paras(text))
    p1 = leaf('text/plain; charset="utf-8"', text, "utf-8", cte="quoted-printable")
    p2 = leaf('text/html; charset="utf-8"', htm, "utf-8", cte="quoted-printable")
    ct, body = multipart("alternative", "=_%s" % hx(24), [p1, p2])
    mid = "<%s.%s@%s>" % (hx(16), hx(8), src["helo"])
    hdr = dk + esp_lines + [
        "From: %s" % addr(p["from_name"], p["from_addr"]),
        "To: %s" % MB[sp["mb"]],
        "Subject: %s" % ew(p["subject"]),
        "Date: %s" % fdate(when, UTC if esp in ("sendgrid", "sfmc") else CST),
        "Message-ID: %s" % mid,
        "List-Unsubscribe: %s" % lu,
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        "MIME-Version: 1.0"] + ct
    if p.get("reply_to"):
        hdr.insert(len(dk) + len(esp_lines) + 2, "Reply-To: %s" % p["reply_to"])
    return env, src, auth, hdr, body, {}


def list_post(sp):
    when = sp["dt"]
    t = when - datetime.timedelta(seconds=R.randint(60, 240))
    src = dict(helo="lists.mwdma.org", ip="23.92.%d.%d" % (R.randint(1, 250), R.randint(1, 250)))
    env = "members-bounces+powerhousecatalog=alliant-energy.com@lists.mwdma.org"
    text = ("Hi all,\n\n"
            "Quick poll for the catalogers on the list. Our second holiday drop went into the mail stream on the "
            "12th and we're seeing in-home dates slip 3-5 days in parts of Wisconsin and Minnesota. Anyone else?\n\n"
            "Also - how are folks handling do-not-rent flags when a customer asks after you've already shipped a "
            "rental file to a broker? We send the broker a suppression update, but I'm never sure every mailer "
            "applies it. Would love to hear what works.\n\n"
            "Thanks,\n"
            "Jill Borchardt\n"
            "Circulation Manager, Riverbend Catalogs\n"
            "La Crosse, WI\n\n"
            "_______________________________________________\n"
            "MWDMA Members mailing list -- members@lists.mwdma.org\n"
            "To unsubscribe send an email to members-leave@lists.mwdma.org\n")
    ph, body = leaf("text/plain; charset=utf-8", text, "utf-8", cte="7bit")
    hdr = ["Received: from mail-bn8nam12on2109.outbound.protection.outlook.com (mail-bn8nam12on2109.outbound.protection.outlook.com [40.107.237.109])",
           "\tby lists.mwdma.org (Postfix) with ESMTPS id %s" % qid(),
           "\tfor <members@lists.mwdma.org>; %s" % fdate(t),
           "From: Jill Borchardt <jborchardt@riverbendcatalogs.com>",
           "To: \"members@lists.mwdma.org\" <members@lists.mwdma.org>",
           "Subject: [MWDMA] Holiday drop timing and do-not-rent flags",
           "Date: %s" % fdate(t, UTC),
           "Message-ID: <CH3PR14MB%d%s@CH3PR14MB%d.namprd14.prod.outlook.com>" % (R.randint(1000, 9999), HX(20), R.randint(1000, 9999)),
           "Accept-Language: en-US",
           "Content-Language: en-US",
           "MIME-Version: 1.0",
           "Message-ID-Hash: %s" % rs(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
           "X-Message-ID-Hash: %s" % rs(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
           "X-MailFrom: jborchardt@riverbendcatalogs.com",
           "X-Mailman-Rule-Misses: dmarc-mitigation; no-senders; approved; emergency; loop; banned-address; member-moderation; header-match-members.lists.mwdma.org-0; nonmember-moderation; administrivia; implicit-dest; max-recipients; max-size; news-moderation; no-subject; digests; suspicious-header",
           "X-Mailman-Version: 3.3.9",
           "Precedence: list",
           "List-Id: MWDMA Members <members.lists.mwdma.org>",
           "Archived-At: <https://lists.mwdma.org/archives/list/members@lists.mwdma.org/message/%s/>" % rs(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
           "List-Archive: <https://lists.mwdma.org/archives/list/members@lists.mwdma.org/>",
           "List-Help: <mailto:members-request@lists.mwdma.org?subject=help>",
           "List-Owner: <mailto:members-owner@lists.mwdma.org>",
           "List-Post: <mailto:members@lists.mwdma.org>",
           "List-Subscribe: <mailto:members-join@lists.mwdma.org>",
           "List-Unsubscribe: <mailto:members-leave@lists.mwdma.org>"] + ph
    auth = dict(d="lists.mwdma.org", sel="mm1", spf_env=env, dmarc="riverbendcatalogs.com", p="NONE", dmarc_res="none")
    return env, src, auth, dkim("lists.mwdma.org", "mm1", when, "From:To:Subject:Date:Message-ID:List-Id") + hdr, body, {}


# ----------------------------------------------------------------------------- bounces
def bounce_postfix(sp):
    p = sp["b"]
    when = sp["dt"]
    o, oh, otext = _our_copy(p["ref"], p["rcpt"])
    host = p["host"]
    q = HX(10)
    bnd = "%s.%d/%s" % (q, epoch(when), host)
    notice = ("This is the mail system at host %s.\n\n"
              "I'm sorry to have to inform you that your message could not\n"
              "be delivered to one or more recipients. It's attached below.\n\n"
              "For further assistance, please send mail to postmaster.\n\n"
              "If you do so, please include this problem report. You can\n"
              "delete your own text from the attached returned message.\n\n"
              "                   The mail system\n\n"
              "<%s>: %s\n" % (host, p["rcpt"], p["diag_text"]))
    ds = ("Reporting-MTA: dns; %s\n"
          "X-Postfix-Queue-ID: %s\n"
          "X-Postfix-Sender: rfc822; customercare@alliant-energy.com\n"
          "Arrival-Date: %s (CST)\n\n"
          "Final-Recipient: rfc822; %s\n"
          "Original-Recipient: rfc822;%s\n"
          "Action: failed\n"
          "Status: %s\n"
          "Diagnostic-Code: %s\n" % (host, q, fdate(o["date"] + datetime.timedelta(seconds=3)), p["rcpt"], p["rcpt"],
                                     p["status"], p["diag_code"]))
    parts = [(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], notice.encode()),
             (["Content-Description: Delivery report", "Content-Type: message/delivery-status"], ds.encode()),
             (["Content-Description: Undelivered Message", "Content-Type: message/rfc822"],
              ("\n".join(oh) + "\n\n" + otext).encode())]
    ct, body = multipart("report", bnd, parts, params="", preamble="This is a MIME-encapsulated message.\n", fold=False)
    ct = ['Content-Type: multipart/report; report-type=delivery-status;', '\tboundary="%s"' % bnd]
    hdr = ["Received: by %s (Postfix)" % host,
           "\tid %s; %s" % (q, fdate(when, suffix=" (CST)")),
           "Date: %s (CST)" % fdate(when),
           "From: MAILER-DAEMON@%s (Mail Delivery System)" % host,
           "Subject: Undelivered Mail Returned to Sender",
           "To: customercare@alliant-energy.com",
           "Auto-Submitted: auto-replied",
           "MIME-Version: 1.0"] + ct + ["Content-Transfer-Encoding: 7bit",
                                        "Message-Id: <%s%s.%s@%s>" % (epoch(when), hx(2), q, host)]
    src = dict(helo=host, ip=p["ip"])
    auth = dict(d=None, spf_env="", dmarc=host, p="NONE")
    return "", src, auth, hdr, body, {}


def bounce_gmail(sp):
    p = sp["b"]
    when = sp["dt"]
    o, oh, otext = _our_copy(p["ref"], p["rcpt"])
    src = dict(helo="mail-sor-f%d.google.com" % R.randint(41, 99), ip="209.85.220.%d" % R.randint(41, 99))
    txt = ("\n** Address not found **\n\n"
           "Your message wasn't delivered to %s because the address couldn't be found, or is unable to receive mail.\n\n"
           "Learn more here: https://support.google.com/mail/?p=NoSuchUser\n\n"
           "The response was:\n\n"
           "The email account that you tried to reach does not exist. Please try double-checking the recipient's "
           "email address for typos or unnecessary spaces. For more information, go to "
           "https://support.google.com/mail/?p=NoSuchUser %s.%d - gsmtp\n" % (p["rcpt"], rs(36, "abcdef0123456789-"), R.randint(100, 999)))
    htm = ('<html>\n<head>\n<style>\n* {\nfont-family:Roboto, "Helvetica Neue", Helvetica, Arial, sans-serif;\n}\n</style>\n</head>\n<body>\n'
           '<table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;background-color:#ffffff;"><tbody>\n'
           '<tr><td><h2 style="font-size:24px;">Address not found</h2>\n'
           '<p style="font-size:16px;">Your message wasn\'t delivered to <a style=\'color:#212121;text-decoration:none;\'><b>%s</b></a> '
           'because the address couldn\'t be found, or is unable to receive mail.</p>\n'
           '<p>The response from the remote server was:</p>\n'
           '<p style="font-family:monospace">550 5.1.1 The email account that you tried to reach does not exist.</p>\n'
           '</td></tr></tbody></table>\n</body>\n</html>\n' % esc(p["rcpt"]))
    alt_ct, alt_body = multipart("alternative", "000000000000%s" % hx(16),
                                 [leaf('text/plain; charset="UTF-8"', txt, "utf-8", show_7bit=False),
                                  leaf('text/html; charset="UTF-8"', htm, "utf-8", cte="quoted-printable")])
    ds = ("Reporting-MTA: dns; googlemail.com\n"
          "Received-From-MTA: dns; mx1.alliant-energy.com\n"
          "Arrival-Date: %s\n\n"
          "Final-Recipient: rfc822; %s\n"
          "Action: failed\n"
          "Status: 5.1.1\n"
          "Remote-MTA: dns; gmail-smtp-in.l.google.com. (142.250.%d.%d, the server for the domain gmail.com.)\n"
          "Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.\n"
          "Last-Attempt-Date: %s\n" % (fdate(o["date"], PST), p["rcpt"], R.randint(1, 250), R.randint(1, 250),
                                       fdate(when, PST, " (PST)")))
    bnd = "000000000000%s" % hx(16)
    parts = [(alt_ct, alt_body),
             (["Content-Type: message/delivery-status"], ds.encode()),
             (["Content-Type: message/rfc822"], ("\n".join(oh) + "\n\n" + otext).encode())]
    ct, body = multipart("report", bnd, parts)
    ct = ['Content-Type: multipart/report; boundary="%s"; report-type=delivery-status' % bnd]
    hdr = dkim("googlemail.com", "20230601", when, "to:auto-submitted:subject:references:in-reply-to:message-id:date:from\n\t :mime-version") + [
        "X-Received: by 2002:a05:6a20:%s:b0:%s:%s with SMTP id %s;" % (hx(4), hx(3), hx(5), hx(12)),
        "        %s" % fdate(when, PST, " (PST)"),
        "Content-Type: multipart/report; boundary=\"%s\"; report-type=delivery-status" % bnd,
        "Return-Path: <>",
        "Received: by 2002:a05:6a20:%s:b0:%s:%s with SMTP id %s; %s" % (hx(4), hx(3), hx(5), hx(12), fdate(when, PST, " (PST)")),
        "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "To: customercare@alliant-energy.com",
        "Auto-Submitted: auto-replied",
        "Subject: Delivery Status Notification (Failure)",
        "References: %s" % o["msgid"],
        "In-Reply-To: %s" % o["msgid"],
        "X-Failed-Recipients: %s" % p["rcpt"],
        "Message-ID: <%s.%s.%s.GMR@mx.google.com>" % (hx(8), hx(3), hx(14)),
        "Date: %s" % fdate(when, PST),
        "MIME-Version: 1.0"]
    auth = dict(d="googlemail.com", sel="20230601", spf_env="", dmarc="googlemail.com", p="NONE")
    return "", src, auth, hdr, body, {}


def bounce_text(sp):
    """Yahoo 'Failure Notice', qmail 'failure notice' and classic Exim: plain text, no MIME, copy of our mail."""
    p = sp["b"]
    when = sp["dt"]
    o, oh, otext = _our_copy(p["ref"], p["rcpt"])
    kind = p["kind"]
    host = p["host"]
    if kind == "yahoo":
        text = ("Sorry, we were unable to deliver your message to the following address.\n\n"
                "<%s>:\n"
                "554: delivery error: dd This user doesn't have a yahoo.com account (%s) [0] - %s\n\n"
                "--- Below this line is a copy of the message.\n\n" % (p["rcpt"], p["rcpt"], host))
        hdr = ["Received: from %s by sonic.gate.mail.ne1.yahoo.com with; %s" % (host, fdate(when, UTC)),
               "Date: %s" % fdate(when, UTC),
               "From: MAILER-DAEMON@yahoo.com",
               "To: customercare@alliant-energy.com",
               "Subject: Failure Notice",
               "Message-ID: <%d.%d.%d@%s>" % (R.randint(10 ** 8, 10 ** 9), R.randint(10 ** 5, 10 ** 6), epoch(when), host)]
        src = dict(helo="mta4471.mail.bf1.yahoo.com", ip="98.139.%d.%d" % (R.randint(1, 250), R.randint(1, 250)))
    elif kind == "qmail":
        text = ("Hi. This is the qmail-send program at %s.\n"
                "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
                "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
                "<%s>:\n%s\n\n"
                "--- Below this line is a copy of the message.\n\n" % (host, p["rcpt"], p["diag"]))
        hdr = ["Received: (qmail %d invoked for bounce); %s" % (R.randint(1000, 99999), when.astimezone(UTC).strftime("%d %b %Y %H:%M:%S -0000")),
               "Date: %s" % when.astimezone(UTC).strftime("%d %b %Y %H:%M:%S -0000"),
               "From: MAILER-DAEMON@%s" % host,
               "To: customercare@alliant-energy.com",
               "Subject: failure notice"]
        src = dict(helo=host, ip=p["ip"])
    elif kind == "exim":
        eid = "%s-%s-%s" % (rs(6, ALNUM), rs(6, ALNUM), rs(2, ALNUM))
        text = ("This message was created automatically by mail delivery software.\n\n"
                "A message that you sent could not be delivered to one or more of its\n"
                "recipients. This is a permanent error. The following address(es) failed:\n\n"
                "  %s\n"
                "    %s\n\n"
                "------ This is a copy of the message, including all the headers. ------\n\n" % (p["rcpt"], p["diag"]))
        hdr = ["Received: from Debian-exim by %s with local (Exim 4.96)" % host,
               "\tid %s" % eid,
               "\tfor customercare@alliant-energy.com;",
               "\t%s" % fdate(when),
               "X-Failed-Recipients: %s" % p["rcpt"],
               "Auto-Submitted: auto-replied",
               "From: Mail Delivery System <Mailer-Daemon@%s>" % host,
               "To: customercare@alliant-energy.com",
               "References: %s" % o["msgid"],
               "Content-Type: text/plain; charset=us-ascii",
               "Subject: Mail delivery failed: returning message to sender",
               "Message-Id: <E%s@%s>" % (eid, host),
               "Date: %s" % fdate(when)]
        src = dict(helo=host, ip=p["ip"])
    else:
        raise ValueError(kind)
    body = (text + "\n".join(oh) + "\n\n" + otext).encode("ascii")
    auth = dict(d=None, spf_env="", dmarc=host, p="NONE")
    return "", src, auth, hdr, body, {}


def ndr_o365(sp):
    p = sp["b"]
    when = sp["dt"]
    o = our(p["ref"], p["rcpt"])
    dom = p["rcpt"].split("@")[1]
    srv = "SA1PR%02dMB%04d" % (R.randint(10, 19), R.randint(1000, 9999))
    txt = ("Your message to %s couldn't be delivered.\n"
           "%s wasn't found at %s.\n\n"
           "%s\nOffice 365\n\n"
           "Action Required\n\n"
           "Unknown To address\n\n\n"
           "How to Fix It\n"
           "The address may be misspelled or may not exist. Try one or more of the following:\n"
           "  * Send the message again following these steps: In Outlook, open this non-delivery report (NDR) and "
           "choose Send Again from the Report ribbon.\n"
           "  * Contact the recipient (by phone, for example) to check that the address exists and is correct.\n\n"
           "Diagnostic information for administrators:\n\n"
           "Generating server: %s.namprd%02d.prod.outlook.com\n\n"
           "%s\n"
           "Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n\n"
           "Original message headers:\n\n"
           "From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n" % (
               p["rcpt"], p["rcpt"].split("@")[0], dom, p["rcpt"].split("@")[0], srv, R.randint(10, 19), p["rcpt"],
               addr(o["name"], o["addr"]), p["rcpt"], o["subject"], fdate(o["date"]), o["msgid"]))
    htm = "<html>\n<head></head>\n<body>\n%s\n</body>\n</html>\n" % "\n".join(
        "<p>%s</p>" % esc(x).replace("\n", "<br>\n") for x in txt.split("\n\n"))
    alt_ct, alt_body = multipart("alternative", "%s-%s" % (uid().lower(), hx(4)),
                                 [leaf('text/plain; charset="us-ascii"', txt, "us-ascii", cte="quoted-printable"),
                                  leaf('text/html; charset="us-ascii"', htm, "us-ascii", cte="quoted-printable")],
                                 params="; differences=Content-Type")
    ds = ("Reporting-MTA: dns;%s.namprd%02d.prod.outlook.com\n"
          "Received-From-MTA: dns;mx1.alliant-energy.com\n"
          "Arrival-Date: %s\n\n"
          "Final-Recipient: rfc822;%s\n"
          "Action: failed\n"
          "Status: 5.1.10\n"
          "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n" % (
              srv, R.randint(10, 19), fdate(o["date"], UTC), p["rcpt"]))
    oh = our_outgoing_headers(o, p["rcpt"])
    bnd = "%s" % uid().lower()
    parts = [(alt_ct, alt_body),
             (["Content-Type: message/delivery-status"], ds.encode()),
             (["Content-Type: text/rfc822-headers"], ("\n".join(oh) + "\n").encode())]
    ct, body = multipart("report", bnd, parts)
    hdr = ["From: Microsoft Outlook <postmaster@%s>" % dom,
           "To: <powerhousecatalog@alliant-energy.com>",
           "Date: %s" % fdate(when, UTC),
           'Content-Type: multipart/report; report-type=delivery-status;',
           '\tboundary="%s"' % bnd,
           "X-MS-Exchange-Message-Is-Ndr:",
           "Content-Language: en-US",
           "Message-ID: <%s@%s.namprd%02d.prod.outlook.com>" % (uid().lower(), srv, R.randint(10, 19)),
           "In-Reply-To: %s" % o["msgid"],
           "References: %s" % o["msgid"],
           "Thread-Topic: %s" % o["subject"],
           "Subject: Undeliverable: %s" % o["subject"],
           "Auto-Submitted: auto-replied",
           "X-MS-PublicTrafficType: Email",
           "X-MS-Exchange-Organization-AuthSource: %s.namprd%02d.prod.outlook.com" % (srv, R.randint(10, 19)),
           "X-MS-Exchange-Organization-AuthAs: Internal",
           "MIME-Version: 1.0"]
    src = dict(helo="NAM11-CO1-obe.outbound.protection.outlook.com",
               rdns="mail-co1nam11on2%03d.outbound.protection.outlook.com" % R.randint(10, 199),
               ip="40.107.%d.%d" % (R.randint(90, 244), R.randint(2, 250)))
    auth = dict(d=None, spf_env="", dmarc=dom, p="NONE")
    return "", src, auth, hdr, body, {}


# ----------------------------------------------------------------------------- auto-replies
def ooo_exchange(sp):
    """Exchange / Microsoft 365 automatic reply: Auto-Submitted, X-Auto-Response-Suppress, envelope <>."""
    p = sp["ooo"]
    when = sp["dt"]
    o = our(p["ref"], p["addr"])
    dom = p["addr"].split("@")[1]
    txt = p["text"]
    htm = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">\n</head>\n'
           '<body>\n<div style="font-family: Aptos, Calibri, sans-serif; font-size: 12pt;">\n%s\n</div>\n</body>\n</html>\n'
           % "<br>\n".join(esc(l) for l in txt.rstrip("\n").split("\n")))
    srv = "%sPR%02dMB%04d" % (R.choice(["BN8", "CH2", "MW4", "SJ2"]), R.randint(10, 19), R.randint(1000, 9999))
    pod = "namprd%02d" % R.randint(10, 19)
    bnd = "_000_%s%s%snamp_" % (srv, HX(24), srv)
    ct, body = multipart("alternative", bnd, [leaf('text/plain; charset="us-ascii"', txt, "us-ascii", cte="quoted-printable"),
                                              leaf('text/html; charset="us-ascii"', htm, "us-ascii", cte="quoted-printable")])
    to_name, to_addr = (o["name"], o["addr"])
    subj = "Automatic reply: %s" % o["subject"]
    hdr = dkim(dom, "selector1-%s" % dom.replace(".", "-"), when, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck") + [
        "From: %s" % addr(p["name"], p["addr"]),
        "To: %s" % addr(to_name, to_addr),
        "Subject: %s" % subj,
        "Thread-Topic: %s" % o["subject"],
        "Thread-Index: A%s==" % rs(30, B64),
        "Date: %s" % fdate(when, UTC),
        "Message-ID: <%s%s@%s.%s.prod.outlook.com>" % (srv, HX(24), srv, pod),
        "References: %s" % o["msgid"],
        "In-Reply-To: %s" % o["msgid"],
        "Accept-Language: en-US",
        "Content-Language: en-US",
        "X-MS-Has-Attach:",
        "X-MS-Exchange-Organization-SCL: -1",
        "X-MS-TNEF-Correlator:",
        "X-MS-Exchange-Organization-RecordReviewCfmType: 0",
        "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent",
        "X-MS-Exchange-Organization-AuthAs: Internal",
        "auto-submitted: auto-generated",
        "x-ms-exchange-parent-message-id: %s" % o["msgid"],
        "x-auto-response-suppress: All",
        "X-MS-Exchange-Inbox-Rules-Loop: %s" % p["addr"]] + ct + ["MIME-Version: 1.0"]
    src = dict(helo="NAM04-BN8-obe.outbound.protection.outlook.com",
               rdns="mail-bn8nam04on2%03d.outbound.protection.outlook.com" % R.randint(10, 199),
               ip="40.107.%d.%d" % (R.randint(90, 244), R.randint(2, 250)))
    auth = dict(d=dom, sel="selector1-%s" % dom.replace(".", "-"), spf_env="", dmarc=dom, p="NONE")
    mb_to = "<%s>" % to_addr
    return "", src, auth, hdr, body, {"to": mb_to}


def ooo_plain(sp):
    """Out-of-office without any auto-reply header (cPanel/GoDaddy style vacation scripts)."""
    p = sp["ooo"]
    when = sp["dt"]
    o = our(p["ref"], p["addr"])
    dom = p["addr"].split("@")[1]
    cs = p.get("charset", "us-ascii")
    ph, body = leaf("text/plain; charset=%s" % cs, p["text"], cs, cte=p.get("cte", "7bit"))
    hdr = [p["received"] % {"date": fdate(when)}] if p.get("received") else []
    hdr += ["Date: %s" % fdate(when),
            "From: %s" % addr(p["name"], p["addr"]),
            "To: customercare@alliant-energy.com",
            "Subject: %s" % ew(p["subject"] % {"subject": o["subject"]}),
            "Message-ID: <%s@%s>" % (hx(32), p.get("mid_host", dom)),
            "MIME-Version: 1.0"] + ph
    if p.get("irt"):
        hdr.insert(len(hdr) - len(ph) - 1, "In-Reply-To: %s" % o["msgid"])
    src = dict(helo=p["helo"], ip=p["ip"])
    auth = dict(d=dom if p.get("sel") else None, sel=p.get("sel"), spf_env=p["addr"], dmarc=dom, p="NONE")
    pre = dkim(dom, p["sel"], when, "Content-Type:MIME-Version:Message-ID:Subject:To:From:Date") if p.get("sel") else []
    return p["addr"], src, auth, pre + hdr, body, {}


def vacation_gmail(sp):
    p = sp["ooo"]
    when = sp["dt"]
    o = our(p["ref"], p["addr"])
    env, src, auth, plines = __import__("lib").prov_google(p["addr"], when)
    txt = p["text"]
    htm = '<div dir="ltr">%s</div>\n' % "".join("<div>%s</div>" % (esc(l) or "<br>") for l in txt.rstrip("\n").split("\n"))
    ct, body = multipart("alternative", "000000000000%s" % hx(16),
                         [leaf('text/plain; charset="UTF-8"', txt, "utf-8", show_7bit=False),
                          leaf('text/html; charset="UTF-8"', htm, "utf-8", show_7bit=False)])
    hdr = plines + ["MIME-Version: 1.0",
                    "From: %s" % addr(p["name"], p["addr"]),
                    "Date: %s" % fdate(when),
                    "References: %s" % o["msgid"],
                    "In-Reply-To: %s" % o["msgid"],
                    "Auto-Submitted: auto-replied",
                    "Message-ID: <CA%s@mail.gmail.com>" % rs(50, ALNUM + "+_-"),
                    "Subject: %s" % p["subject"],
                    "To: Alliant Energy Customer Care <customercare@alliant-energy.com>"] + ct
    return "", src, auth, hdr, body, {}


def mdn_outlook(sp):
    p = sp["mdn"]
    when = sp["dt"]
    o = our(p["ref"], p["addr"])
    dom = p["addr"].split("@")[1]
    sent = o["date"].strftime("%A, %B %-d, %Y %-I:%M:%S %p")
    read = when.strftime("%A, %B %-d, %Y %-I:%M:%S %p")
    txt = ("Your message\n\n"
           "To: %s\n"
           "Subject: %s\n"
           "Sent: %s (UTC-06:00) Central Time (US & Canada)\n\n"
           "was read on %s (UTC-06:00) Central Time (US & Canada).\n" % (p["name"], o["subject"], sent, read))
    mdn = ("Reporting-UA: %s; Microsoft Outlook 16.0\n"
           "Final-Recipient: rfc822;%s\n"
           "Original-Message-ID: %s\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\n" % (p["host"], p["addr"], o["msgid"]))
    bnd = "_000_%s_" % HX(40)
    ct, body = multipart("report", bnd, [leaf('text/plain; charset="us-ascii"', txt, "us-ascii", cte="quoted-printable"),
                                         (["Content-Type: message/disposition-notification"], mdn.encode())])
    srv = "MW4PR%02dMB%04d" % (R.randint(10, 19), R.randint(1000, 9999))
    hdr = dkim(dom, "selector2-%s" % dom.replace(".", "-"), when, "From:Date:Subject:Message-ID:Content-Type:MIME-Version") + [
        "From: %s" % addr(p["name"], p["addr"]),
        "To: Alliant Energy Customer Care <customercare@alliant-energy.com>",
        "Subject: Read: %s" % o["subject"],
        "Thread-Topic: %s" % o["subject"],
        "Thread-Index: A%s" % rs(34, B64),
        "Date: %s" % fdate(when, UTC),
        "Message-ID: <%s%s@%s.namprd%02d.prod.outlook.com>" % (srv, HX(24), srv, R.randint(10, 19)),
        "References: %s" % o["msgid"],
        "In-Reply-To: %s" % o["msgid"],
        "Accept-Language: en-US",
        "Content-Language: en-US",
        "X-MS-Has-Attach:",
        "X-MS-TNEF-Correlator:",
        'Content-Type: multipart/report; report-type=disposition-notification;',
        '\tboundary="%s"' % bnd,
        "MIME-Version: 1.0"]
    src = dict(helo="NAM12-MW2-obe.outbound.protection.outlook.com",
               rdns="mail-mw2nam12on2%03d.outbound.protection.outlook.com" % R.randint(10, 199),
               ip="40.107.%d.%d" % (R.randint(90, 244), R.randint(2, 250)))
    auth = dict(d=dom, sel="selector2-%s" % dom.replace(".", "-"), spf_env=p["addr"], dmarc=dom, p="QUARANTINE")
    return p["addr"], src, auth, hdr, body, {}


def challenge(sp):
    when = sp["dt"]
    o = our("CC-2026-11-04511", "ljennings@frontiernet.net")
    txt = ("Hello,\n\n"
           "You recently sent a message to ljennings@frontiernet.net with the subject:\n\n"
           "    \"%s\"\n\n"
           "ljennings@frontiernet.net uses BoxGuard to keep junk mail out of the inbox. To get your message "
           "delivered, please confirm that you are a person by opening the link below. You only have to do this "
           "once; after that, your messages will be delivered right away.\n\n"
           "    https://verify.boxguard.net/c/8YJ3K2QW%s\n\n"
           "If you did not send this message, you can ignore this e-mail. Unconfirmed messages are deleted after "
           "14 days.\n\n"
           "-- BoxGuard, the friendly spam blocker\n" % (o["subject"], rs(8, ALNUM)))
    ph, body = leaf("text/plain; charset=utf-8", txt, "utf-8", cte="quoted-printable")
    hdr = dkim("boxguard.net", "bg1", when, "From:To:Subject:Date:Message-ID") + [
        "Date: %s" % fdate(when),
        "From: BoxGuard Verification <verify@boxguard.net>",
        "Reply-To: BoxGuard Verification <verify@boxguard.net>",
        "To: customercare@alliant-energy.com",
        "Subject: Please confirm your message to ljennings@frontiernet.net",
        "Message-ID: <bg.%s@boxguard.net>" % hx(20),
        "In-Reply-To: %s" % o["msgid"],
        "X-BoxGuard-Challenge: 8YJ3K2QW",
        "MIME-Version: 1.0"] + ph
    src = dict(helo="out2.boxguard.net", ip="64.79.%d.%d" % (R.randint(1, 250), R.randint(1, 250)))
    auth = dict(d="boxguard.net", sel="bg1", spf_env="bounce@boxguard.net", dmarc="boxguard.net", p="NONE")
    return "bounce@boxguard.net", src, auth, hdr, body, {}


# ----------------------------------------------------------------------------- vendor and system mail
def vendor(sp):
    p = sp["v"]
    when = sp["dt"]
    dom = p["from_addr"].split("@")[1]
    text = p["text"]
    parts = []
    if p.get("html"):
        htm = _html_page(p["subject"], _text_to_paras(text))
        ct, body = multipart("alternative", "----=_NextPart_%s" % HX(20),
                             [leaf('text/plain; charset="utf-8"', text, "utf-8", cte="quoted-printable"),
                              leaf('text/html; charset="utf-8"', htm, "utf-8", cte="quoted-printable")])
    else:
        ct, body = leaf('text/plain; charset="us-ascii"', text, "us-ascii", cte="7bit")
    if p.get("attach"):
        fname, ctype, data = p["attach"]
        inner = (ct, body)
        att = leaf('%s; name="%s"' % (ctype, fname), data, "us-ascii", cte="base64",
                   extra=['Content-Disposition: attachment; filename="%s"' % fname])
        ct, body = multipart("mixed", "----=_Mixed_%s" % HX(20), [inner, att])
    hdr = dkim(dom, p.get("sel", "k1"), when, "From:To:Subject:Date:Message-ID:MIME-Version") + [
        "Date: %s" % fdate(when),
        "From: %s" % addr(p["from_name"], p["from_addr"]),
        "To: %s" % p.get("to", MB[sp["mb"]]),
        "Subject: %s" % p["subject"],
        "Message-ID: <%s.%s@%s>" % (hx(12), epoch(when), p.get("mid_host", dom)),
        "MIME-Version: 1.0"] + list(p.get("extra", [])) + ct
    src = dict(helo=p["helo"], ip=p["ip"])
    env = p.get("env", p["from_addr"])
    auth = dict(d=dom, sel=p.get("sel", "k1"), spf_env=env, dmarc=dom, p="NONE")
    return env, src, auth, hdr, body, {}


def calendar(sp):
    when = sp["dt"]
    start = datetime.datetime(2026, 12, 8, 14, 0, tzinfo=CST)
    uidv = "040000008200E00074C5B7101A82E008000000%s" % HX(40)
    ics = ("BEGIN:VCALENDAR\n"
           "METHOD:REQUEST\n"
           "PRODID:Microsoft Exchange Server 2010\n"
           "VERSION:2.0\n"
           "BEGIN:VTIMEZONE\nTZID:Central Standard Time\n"
           "BEGIN:STANDARD\nDTSTART:16010101T020000\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0600\n"
           "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11\nEND:STANDARD\n"
           "BEGIN:DAYLIGHT\nDTSTART:16010101T020000\nTZOFFSETFROM:-0600\nTZOFFSETTO:-0500\n"
           "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE\n"
           "BEGIN:VEVENT\n"
           "ORGANIZER;CN=Angela Marchetti:mailto:amarchetti@alliantenergy.com\n"
           "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=PowerHouse Catalog Team:mailto:powerhousecatalog@alliant-energy.com\n"
           "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Brian Eckholm:mailto:beckholm@alliantenergy.com\n"
           "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Brenda Koss:mailto:bkoss@lakeshoredirect.com\n"
           "DESCRIPTION;LANGUAGE=en-US:Agenda: response by key code\\, drop 2 in-home\\, do-not-share and do-not-mail request volume\\, January clearance book.\\n\n"
           "UID:%s\n"
           "SUMMARY;LANGUAGE=en-US:PowerHouse Holiday 2026 mid-season review\n"
           "DTSTART;TZID=Central Standard Time:20261208T140000\n"
           "DTEND;TZID=Central Standard Time:20261208T150000\n"
           "CLASS:PUBLIC\nPRIORITY:5\n"
           "DTSTAMP:%s\n"
           "TRANSP:OPAQUE\nSTATUS:CONFIRMED\nSEQUENCE:0\n"
           "LOCATION;LANGUAGE=en-US:Madison HQ 3-West / Microsoft Teams\n"
           "BEGIN:VALARM\nDESCRIPTION:REMINDER\nTRIGGER;RELATED=START:-PT15M\nACTION:DISPLAY\nEND:VALARM\n"
           "END:VEVENT\nEND:VCALENDAR\n" % (uidv, when.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")))
    txt = ("Agenda: response by key code, drop 2 in-home, do-not-share and do-not-mail request volume, "
           "January clearance book.\n\n"
           "________________________________________________________________________________\n"
           "Microsoft Teams meeting\n"
           "Join: https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s\n"
           "Meeting ID: 284 551 903 118\n"
           "________________________________________________________________________________\n" % rs(40, ALNUM))
    htm = "<html>\n<head></head>\n<body>\n%s\n</body>\n</html>\n" % "<br>\n".join(esc(l) for l in txt.rstrip().split("\n"))
    ct, body = multipart("alternative", "_000_%s_" % HX(40),
                         [leaf('text/plain; charset="us-ascii"', txt, "us-ascii", cte="quoted-printable"),
                          leaf('text/html; charset="us-ascii"', htm, "us-ascii", cte="quoted-printable"),
                          leaf('text/calendar; charset="utf-8"; method=REQUEST', ics, "utf-8", cte="base64")])
    srv = "CH3PR%02dMB%04d" % (R.randint(10, 19), R.randint(1000, 9999))
    hdr = dkim("alliantenergy.com", "selector1", when, "From:Date:Subject:Message-ID:Content-Type:MIME-Version") + [
        "From: Angela Marchetti <amarchetti@alliantenergy.com>",
        "To: PowerHouse Catalog Team <powerhousecatalog@alliant-energy.com>, Brian Eckholm",
        "\t<beckholm@alliantenergy.com>",
        "CC: Brenda Koss <bkoss@lakeshoredirect.com>",
        "Subject: PowerHouse Holiday 2026 mid-season review",
        "Thread-Topic: PowerHouse Holiday 2026 mid-season review",
        "Thread-Index: A%s" % rs(26, B64),
        "Date: %s" % fdate(when, UTC),
        "Message-ID: <%s%s@%s.namprd%02d.prod.outlook.com>" % (srv, HX(24), srv, R.randint(10, 19)),
        "Accept-Language: en-US",
        "Content-Language: en-US",
        "X-MS-Has-Attach:",
        "X-MS-TNEF-Correlator:",
        "x-ms-exchange-calendar-series-instance-id: BAAAAIIA4AB0xbcQGoLgCAAAAAA%s" % rs(20, B64),
        "Content-Type: multipart/alternative;",
        '\tboundary="%s"' % ct[0].split('boundary="')[1].rstrip('"'),
        "MIME-Version: 1.0"]
    src = dict(helo="NAM11-DM6-obe.outbound.protection.outlook.com",
               rdns="mail-dm6nam11on2%03d.outbound.protection.outlook.com" % R.randint(10, 199),
               ip="40.107.%d.%d" % (R.randint(90, 244), R.randint(2, 250)))
    auth = dict(d="alliantenergy.com", sel="selector1", spf_env="amarchetti@alliantenergy.com",
                dmarc="alliantenergy.com", p="REJECT")
    return "amarchetti@alliantenergy.com", src, auth, hdr, body, {}


# ----------------------------------------------------------------------------- spam and phishing
def phish(sp):
    p = sp["ph"]
    when = sp["dt"]
    cs = p.get("charset", "utf-8")
    htm = p["html"]
    ph, body = leaf('text/html; charset="%s"' % cs, htm, cs, cte=p.get("cte", "base64"))
    hdr = list(p.get("pre", [])) + [
        "From: %s" % p["from"],
        "To: %s" % p.get("to", MB[sp["mb"]]),
        "Subject: %s" % ew(p["subject"], cs if cs != "us-ascii" else "utf-8", p.get("senc", "q")),
        "Date: %s" % fdate(when, p.get("tz", UTC)),
        "Message-ID: <%s@%s>" % (rs(24, ALNUM), p["mid_host"]),
        "MIME-Version: 1.0"] + ph + list(p.get("extra", []))
    src = dict(helo=p["helo"], ip=p["ip"])
    auth = dict(d=None, spf_env=p["env"], dmarc=p["from"].split("@")[-1].rstrip(">"), p="NONE",
                spf=p.get("spf", "softfail"), dmarc_res="fail" if p.get("spoof") else "none")
    return p["env"], src, auth, hdr, body, {}


def plain_cold(sp):
    """Cold sales / SEO follow-up from a Google Workspace account."""
    when = sp["dt"]
    import lib
    env, src, auth, plines = lib.prov_google("derek@ranksprout-growth.com", when)
    auth = dict(auth, d="ranksprout-growth.com", sel="google", dmarc="ranksprout-growth.com")
    plines = [l.replace("d=gmail.com; s=20230601", "d=ranksprout-growth.com; s=google") for l in plines]
    txt = ("Hi there,\n\n"
           "Just bumping this to the top of your inbox in case it got buried in the holiday rush.\n\n"
           "I noticed alliant-energy.com isn't on page one for \"smart thermostat rebate Iowa\", so your Black "
           "Friday campaign may be leaving a lot of traffic on the table. We help utilities and co-ops win those "
           "searches in 30 days or less.\n\n"
           "Worth a 15-minute call this week?\n\n"
           "Derek Lindahl\n"
           "Growth Lead, RankSprout\n"
           "ranksprout-growth.com\n\n"
           "P.S. If you're not the right person, or you'd rather I don't follow up, just reply \"no thanks\" and "
           "I'll take you off my list.\n")
    htm = '<div dir="ltr">%s</div>\n' % "".join("<div>%s</div>" % (esc(l) or "<br>") for l in txt.rstrip("\n").split("\n"))
    ct, body = multipart("alternative", "000000000000%s" % hx(16),
                         [leaf('text/plain; charset="UTF-8"', txt, "utf-8", show_7bit=False),
                          leaf('text/html; charset="UTF-8"', htm, "utf-8", cte="quoted-printable")])
    hdr = plines + ["MIME-Version: 1.0",
                    "From: Derek Lindahl <derek@ranksprout-growth.com>",
                    "Date: %s" % fdate(when),
                    "Message-ID: <CA%s@mail.gmail.com>" % rs(50, ALNUM + "+_-"),
                    "Subject: Re: alliant-energy.com holiday traffic",
                    "To: customercare@alliant-energy.com"] + ct
    return env, src, auth, hdr, body, {}


# ----------------------------------------------------------------------------- a person's unsubscribe sent by a service
def inboxtidy(sp):
    when = sp["dt"]
    o = our("bf", "pam.schiller@outlook.com")
    txt = ("This unsubscribe request was sent automatically by InboxTidy on behalf of its user "
           "pam.schiller@outlook.com, who chose to stop receiving mail from this sender.\n\n"
           "List-Unsubscribe target: mailto:customercare@alliant-energy.com?subject=unsubscribe\n"
           "Message unsubscribed from: \"%s\"\n\n"
           "InboxTidy - https://inboxtidy.app\n" % o["subject"])
    ph, body = leaf("text/plain; charset=UTF-8", txt, "utf-8", cte="7bit")
    hdr = dkim("send.inboxtidy.app", "ses2", when, "From:To:Subject:Date:Message-ID:Auto-Submitted") + [
        "Date: %s" % fdate(when, UTC),
        "From: InboxTidy <unsubscribe@send.inboxtidy.app>",
        "To: customercare@alliant-energy.com",
        "Subject: unsubscribe",
        "Message-ID: <0100019%s-%s-000000@email.amazonses.com>" % (hx(13), uid().lower()),
        "Auto-Submitted: auto-generated",
        "X-Mailer: InboxTidy Unsubscriber/3.2",
        "X-InboxTidy-User: pam.schiller@outlook.com",
        "MIME-Version: 1.0"] + ph + [
        "Feedback-ID: ::1.us-east-1.%s=:AmazonSES" % rs(43, B64),
        "X-SES-Outgoing: %s-54.240.8.%d" % (when.astimezone(UTC).strftime("%Y.%m.%d"), R.randint(10, 99))]
    src = dict(helo="a8-%d.smtp-out.amazonses.com" % R.randint(10, 99), ip="54.240.8.%d" % R.randint(10, 99))
    env = "0100019%s-%s-000000@amazonses.com" % (hx(13), uid().lower())
    auth = dict(d="send.inboxtidy.app", sel="ses2", spf_env=env, dmarc="send.inboxtidy.app", p="NONE")
    return env, src, auth, hdr, body, {}
