"""Machine-made mail: bounces, auto-replies, receipts, bulk, vendor systems, phishing, lists, invitations."""
from clients import DOMAIN, auth_pass, dkim, inbound, q_lines, text_to_html_br, text_to_html_divs, _ms_prefix
from mailkit import (addr, b64_encode, esc, fold_b64, fold_header, hdr_text, is_ascii, local, multipart, needs_qp,
                     plus, postfix_qid, qp_encode, rfcdate, rs, text_part, uuid_lower, uuid_upper, ALNUM, HEXL, HEXU)


def _assemble(top, rest, body):
    return "\n".join(l for l in top + rest if l) + "\n\n" + body


def _fix_auth(top, mx, auth):
    top[3] = "Authentication-Results: %s.%s;\n\t%s" % (mx, DOMAIN, auth)
    return top


def auth_fail(R, mx, mailfrom, ip, from_domain, spf="softfail", dkim_res="none", dmarc="fail"):
    mfdom = mailfrom.split("@")[-1] if mailfrom else from_domain
    return ("dkim=%s (message not signed);\n\tspf=%s (%s.%s: domain of transitioning %s does not designate %s as permitted sender) "
            "smtp.mailfrom=%s;\n\tdmarc=%s (p=REJECT sp=REJECT dis=NONE) header.from=%s"
            % (dkim_res, spf, mx, DOMAIN, mailfrom, ip, mfdom, dmarc, from_domain))


def auth_null(R, mx, helo, ip):
    return ("spf=pass (%s.%s: domain of postmaster@%s designates %s as permitted sender) smtp.helo=%s"
            % (mx, DOMAIN, helo, ip, helo))


# ------------------------------------------------------------------ bulk newsletter from someone else
def newsletter(R, utc, mailbox, from_name, from_addr, subject, text, list_id, esp, html_extra="", precedence="bulk"):
    host, ip, espdom = esp
    bounce = "bounce-%s-%s@%s" % (rs(R, 6, HEXL), rs(R, 10, ALNUM), espdom)
    top, mx = inbound(R, mailbox, bounce, utc, host, ip)
    d = from_addr.split("@")[1]
    _fix_auth(top, mx, auth_pass(R, mx, d, "k1", bounce, ip, from_domain=d))
    msgid = "<%s.%s@%s>" % (rs(R, 20, HEXL), rs(R, 8, HEXL), espdom)
    rcpt = "%s@%s" % (mailbox, DOMAIN)
    uid = rs(R, 24, HEXL)
    rest = [dkim(R, d, "k1", "mime-version:content-type:list-unsubscribe-post:list-unsubscribe:list-id:message-id:reply-to:to:from:subject:date"),
            dkim(R, espdom, "k2", "mime-version:content-type:list-unsubscribe-post:list-unsubscribe:list-id:message-id:reply-to:to:from:subject:date"),
            fold_header("Subject", hdr_text(subject)),
            "From: %s" % addr(from_name, from_addr),
            "Reply-To: %s" % addr(from_name, from_addr),
            "To: <%s>" % rcpt,
            "Date: %s" % rfcdate(utc, 0),
            "Message-ID: %s" % msgid,
            "List-ID: %s" % list_id,
            "List-Unsubscribe: <https://%s/unsubscribe?u=%s>, <mailto:unsub-%s@%s>" % (espdom, uid, uid, espdom),
            "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
            "Precedence: %s" % precedence,
            "X-Feedback-ID: %s:%s:%s" % (rs(R, 8, "0123456789"), rs(R, 6, HEXL), espdom.split(".")[0]),
            "X-Campaign-ID: %s" % rs(R, 10, HEXL),
            "MIME-Version: 1.0"]
    htm = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%s</title></head><body style=\"margin:0;background:#f4f4f4\">"
           "<table role=\"presentation\" width=\"100%%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\"><table width=\"600\" style=\"background:#ffffff\"><tr><td style=\"padding:24px;font-family:Arial,sans-serif;font-size:15px;line-height:1.5;color:#222\">"
           "%s%s</td></tr></table></td></tr></table><img src=\"https://%s/o/%s.gif\" width=\"1\" height=\"1\" alt=\"\"></body></html>"
           % (esc(subject), text_to_html_br(text), html_extra, espdom, uid))
    b = "_----%s===_%s" % (rs(R, 22, ALNUM), rs(R, 2, HEXU))
    body = multipart("alternative", b, [text_part(text, "plain", "utf-8", "quoted-printable"),
                                        text_part(htm, "html", "utf-8", "quoted-printable")])
    ct, bb = body.split("\n\n", 1)
    return _assemble(top, rest + [ct], bb)


# ------------------------------------------------------------------ auto replies
def ooo_exchange(R, utc, mailbox, name, email, orig, text, lang="en", tenant_dom=None):
    """Exchange Online out-of-office: null sender, Auto-Submitted, X-Auto-Response-Suppress."""
    dom = email.split("@")[1]
    region = R.choice(["BN8", "DM6", "CO1", "SN1"])
    host = "mail-%snam11on%d.outbound.protection.outlook.com" % (region.lower(), R.randint(2010, 2199))
    ip = "40.107.%d.%d" % (R.randint(92, 244), R.randint(2, 250))
    top, mx = inbound(R, mailbox, "", utc, host, ip, helo="NAM11-%s-obe.outbound.protection.outlook.com" % region)
    top[0] = "Return-Path: <>"
    _fix_auth(top, mx, "dkim=pass (2048-bit key; unprotected) header.d=%s header.i=@%s header.a=rsa-sha256 header.s=selector1 header.b=%s;\n\tspf=pass (%s.%s: domain of %s designates %s as permitted sender) smtp.helo=%s;\n\tdmarc=pass (p=NONE sp=NONE dis=NONE) header.from=%s"
              % (dom, dom, rs(R, 8), mx, DOMAIN, host, ip, host, dom))
    srv = _ms_prefix(R)
    msgid = "<%s%s@%s.namprd%02d.prod.outlook.com>" % (srv, rs(R, 24, HEXU), srv, R.choice([11, 12, 13, 14]))
    prefix = "Respuesta automática: " if lang == "es" else "Automatic reply: "
    subj = prefix + orig["subject"]
    rest = [dkim(R, dom, "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"),
            "From: %s" % addr(name, email),
            "To: %s" % addr(orig["from_name"], orig["from_addr"]),
            fold_header("Subject", hdr_text(subj)),
            "Thread-Topic: %s" % hdr_text(orig["subject"]),
            "Thread-Index: %s==" % rs(R, 30, ALNUM + "+/"),
            "Date: %s" % rfcdate(utc, 0),
            "Message-ID: %s" % msgid,
            "References: %s" % orig["msgid"],
            "In-Reply-To: %s" % orig["msgid"],
            "Accept-Language: %s" % ("es-US, en-US" if lang == "es" else "en-US"),
            "Content-Language: %s" % ("es-US" if lang == "es" else "en-US"),
            "X-MS-Has-Attach:", "X-MS-Exchange-Organization-SCL: -1", "X-MS-TNEF-Correlator:",
            "X-MS-Exchange-Organization-RecordReviewCfmType: 0",
            "x-ms-exchange-parent-message-id: %s" % orig["msgid"],
            "auto-submitted: auto-generated",
            "x-ms-exchange-generated-message-source: Mailbox Rules Agent",
            "X-Auto-Response-Suppress: All",
            "x-ms-publictraffictype: Email",
            "MIME-Version: 1.0"]
    cs = "us-ascii" if is_ascii(text) else "utf-8"
    htm = '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n</head>\n<body>\n<div>%s</div>\n</body>\n</html>\n' % (cs, text_to_html_br(text))
    b = "_000_%s_" % rs(R, 40, HEXU)
    body = multipart("alternative", b, [text_part(text, "plain", cs, "quoted-printable"), text_part(htm, "html", cs, "quoted-printable")])
    ct, bb = body.split("\n\n", 1)
    return _assemble(top, rest + [ct], bb)


def ooo_plain(R, utc, mailbox, name, email, subject, text, host, ip, in_reply=None, extra=None, env_from=None, mailer=None,
              charset=None, html=False):
    """A simple auto-reply from a small mail server / hosted mailbox. No Auto-Submitted unless `extra` adds it."""
    env = env_from if env_from is not None else email
    top, mx = inbound(R, mailbox, env, utc, host, ip)
    if env == "":
        top[0] = "Return-Path: <>"
    dom = email.split("@")[1]
    _fix_auth(top, mx, auth_pass(R, mx, dom, "default", env or ("postmaster@" + host), ip, from_domain=dom))
    msgid = "<%s.%s@%s>" % (rs(R, 14, "0123456789"), rs(R, 6, HEXL), host)
    rest = [dkim(R, dom, "default", "Date:Message-ID:Subject:To:From")]
    rest += ["Date: %s" % rfcdate(utc), "From: %s" % addr(name, email), "To: %s" % "customercare@alliant-energy.com".replace("customercare", mailbox),
             fold_header("Subject", hdr_text(subject)), "Message-ID: %s" % msgid]
    if in_reply:
        rest += ["In-Reply-To: %s" % in_reply, "References: %s" % in_reply]
    rest += (extra or [])
    if mailer:
        rest.append(mailer)
    rest.append("MIME-Version: 1.0")
    cs = charset or ("us-ascii" if is_ascii(text) else "utf-8")
    if html:
        htm = "<html><body><p>%s</p></body></html>\n" % text_to_html_br(text).replace("<br><br>", "</p><p>")
        b = "=_%s" % rs(R, 28, HEXL)
        body = multipart("alternative", b, [text_part(text, "plain", cs, "quoted-printable" if needs_qp(text) else "7bit"),
                                            text_part(htm, "html", cs, "quoted-printable")])
    else:
        body = text_part(text, "plain", cs, "quoted-printable" if needs_qp(text) else "7bit")
    ct, bb = body.split("\n\n", 1)
    return _assemble(top, rest + [ct], bb)


def gmail_vacation(R, utc, mailbox, name, email, orig, text):
    n = R.randint(170, 235)
    host, ip = "mail-yb1-f%d.google.com" % n, "209.85.219.%d" % n
    top, mx = inbound(R, mailbox, email, utc, host, ip)
    gd = "gmail.com" if email.endswith("@gmail.com") else email.split("@")[1]
    _fix_auth(top, mx, auth_pass(R, mx, gd, "20230601" if gd == "gmail.com" else "google", email, ip, policy="p=NONE sp=QUARANTINE dis=NONE"))
    msgid = "<CA%s@mail.gmail.com>" % rs(R, 48, ALNUM + "+_=-")
    rest = [dkim(R, gd, "20230601" if gd == "gmail.com" else "google", "to:subject:message-id:date:from:auto-submitted:in-reply-to:references:mime-version:from:to:cc:subject:date:message-id:reply-to"),
            "X-Gm-Message-State: AOJu0Y%s" % rs(R, 60, ALNUM + "+/"),
            "X-Google-Smtp-Source: AGHT+I%s==" % rs(R, 86, ALNUM + "+/"),
            "X-Received: by 2002:a05:6902:%s:b0:%s:%s with SMTP id %s;\n        %s" % (rs(R, 4, HEXL), rs(R, 3, HEXL), rs(R, 4, HEXL), rs(R, 24, HEXL), rfcdate(utc, -8, True)),
            "MIME-Version: 1.0",
            "References: %s" % orig["msgid"],
            "In-Reply-To: %s" % orig["msgid"],
            "Auto-Submitted: auto-replied",
            "From: %s" % addr(name, email),
            "Date: %s" % rfcdate(utc, -8),
            "Message-ID: %s" % msgid,
            fold_header("Subject", hdr_text("Re: " + orig["subject"])),
            "To: %s" % addr(orig["from_name"], orig["from_addr"])]
    b = "000000000000" + rs(R, 16, HEXL)
    body = multipart("alternative", b, [text_part(text, "plain", "UTF-8", "quoted-printable" if needs_qp(text) else "7bit").replace("Content-Transfer-Encoding: 7bit\n", ""),
                                        text_part('<div dir="ltr">%s</div>\n' % text_to_html_divs(text), "html", "UTF-8", "quoted-printable")])
    ct, bb = body.split("\n\n", 1)
    return _assemble(top, rest + [ct], bb)


# ------------------------------------------------------------------ bounces
def postfix_dsn(R, utc, mailbox, mx_from, failed, orig, reason, delayed=False, remote_mta=None, action="failed"):
    """Our own Postfix (mx1/mx2 outbound) returning an acknowledgement or staff reply."""
    top = []
    rcpt = "%s@%s" % (mailbox, DOMAIN)
    qid = postfix_qid(R)
    t = plus(utc, 1)
    top.append("Return-Path: <>")
    top.append("Delivered-To: %s" % rcpt)
    top.append("Received: from %s.%s (%s.%s [10.40.2.%d])\n\tby mbx01.%s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
               % (mx_from, DOMAIN, mx_from, DOMAIN, 21 if mx_from == "mx1" else 22, DOMAIN, postfix_qid(R), rcpt, rfcdate(t)))
    top.append("Received: by %s.%s (Postfix)\n\tid %s; %s" % (mx_from, DOMAIN, qid, rfcdate(utc)))
    msgid = "<%s.%s@%s.%s>" % (rs(R, 10, HEXU), rfcdate(utc)[17:25].replace(":", ""), mx_from, DOMAIN)
    msgid = "<20%s%02d%02d%02d%02d%02d.%s@%s.%s>" % (str(utc.year)[2:], utc.month, utc.day, utc.hour, utc.minute, utc.second, qid, mx_from, DOMAIN)
    subj = "Delayed Mail (still being retried)" if delayed else "Undelivered Mail Returned to Sender"
    b = "%s.%d/%s.%s" % (qid, int(utc.timestamp()), mx_from, DOMAIN)
    rest = ["Date: %s" % rfcdate(utc), "From: MAIL DELIVERY SYSTEM <MAILER-DAEMON@%s.%s>" % (mx_from, DOMAIN),
            "Subject: %s" % subj, "To: %s" % rcpt, "Auto-Submitted: auto-replied", "MIME-Version: 1.0",
            'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="%s"' % b,
            "Content-Transfer-Encoding: 8bit", "Message-Id: %s" % msgid]
    if delayed:
        human = ("This is the mail system at host %s.%s.\n\n"
                 "####################################################################\n"
                 "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                 "####################################################################\n\n"
                 "Your message could not be delivered for more than 4 hour(s).\n"
                 "It will be retried until it is 5 day(s) old.\n\n"
                 "For further assistance, please send mail to postmaster.\n\n"
                 "If you do so, please include this problem report. You can\n"
                 "delete your own text from the attached returned message.\n\n"
                 "                   The mail system\n\n<%s>: %s\n" % (mx_from, DOMAIN, failed, reason))
    else:
        human = ("This is the mail system at host %s.%s.\n\n"
                 "I'm sorry to have to inform you that your message could not\n"
                 "be delivered to one or more recipients. It's attached below.\n\n"
                 "For further assistance, please send mail to postmaster.\n\n"
                 "If you do so, please include this problem report. You can\n"
                 "delete your own text from the attached returned message.\n\n"
                 "                   The mail system\n\n<%s>: %s\n" % (mx_from, DOMAIN, failed, reason))
    status = "4.4.1" if delayed else ("5.1.1" if "does not exist" in reason or "unknown" in reason.lower() else "5.4.4")
    dsn = ("Reporting-MTA: dns; %s.%s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\nArrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: %s\nStatus: %s\n%sDiagnostic-Code: %s\n"
           % (mx_from, DOMAIN, qid, orig["from_addr"], rfcdate(orig["utc"]), failed, failed, "delayed" if delayed else action, status,
              ("Remote-MTA: dns; %s\n" % remote_mta) if remote_mta else "",
              ("smtp; " + reason.split("said: ")[-1]) if remote_mta else "X-Postfix; " + reason)
           + ("Will-Retry-Until: %s\n" % rfcdate(plus(orig["utc"], 5 * 86400)) if delayed else ""))
    orig_headers = ("Return-Path: <%s>\nReceived: from mbx01.%s (mbx01.%s [10.40.2.30])\n\tby %s.%s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s\n"
                    "From: %s <%s>\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n%sAuto-Submitted: auto-replied\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 7bit\n"
                    % (orig["from_addr"], DOMAIN, DOMAIN, mx_from, DOMAIN, qid, failed, rfcdate(orig["utc"]), orig["from_name"], orig["from_addr"],
                       failed, orig["subject"], rfcdate(orig["utc"]), orig["msgid"],
                       ("In-Reply-To: %s\n" % orig["references"][-1]) if orig.get("references") else ""))
    parts = ["Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n" + human,
             "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n" + dsn]
    if delayed:
        parts.append("Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n" + orig_headers)
    else:
        parts.append("Content-Description: Undelivered Message\nContent-Type: message/rfc822\nContent-Transfer-Encoding: 8bit\n\n" + orig_headers + "\n" + orig["text"])
    body = "This is a MIME-encapsulated message.\n\n" + "\n".join("--%s\n%s" % (b, p) for p in parts) + "\n--%s--\n" % b
    return "\n".join(top + rest) + "\n\n" + body


def gmail_dsn(R, utc, mailbox, failed, orig):
    n = R.randint(170, 235)
    host, ip = "mail-sor-f%d.google.com" % n, "209.85.220.%d" % n
    top, mx = inbound(R, mailbox, "", utc, host, ip)
    top[0] = "Return-Path: <>"
    _fix_auth(top, mx, "dkim=pass (2048-bit key; unprotected) header.d=googlemail.com header.i=@googlemail.com header.a=rsa-sha256 header.s=20230601 header.b=%s;\n\tspf=pass (%s.%s: domain of mail-sor-f%d.google.com designates %s as permitted sender) smtp.helo=mail-sor-f%d.google.com;\n\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=googlemail.com"
              % (rs(R, 8), mx, DOMAIN, n, ip, n))
    b = "00000000000" + rs(R, 17, HEXL)
    msgid = "<%s.%s.%s@mx.google.com>" % (rs(R, 8, HEXL), rs(R, 9, "0123456789"), uuid_lower(R))
    rest = [dkim(R, "googlemail.com", "20230601", "to:references:in-reply-to:subject:date:message-id:auto-submitted:from:from:to:cc:subject:date:message-id:reply-to"),
            "X-Received: by 2002:a05:6402:%s:b0:%s:%s with SMTP id %s;\n        %s" % (rs(R, 4, HEXL), rs(R, 3, HEXL), rs(R, 4, HEXL), rs(R, 24, HEXL), rfcdate(utc, -8, True)),
            "Content-Type: multipart/report; boundary=\"%s\"; report-type=delivery-status" % b,
            "Return-Path: <>".replace("Return-Path", "X-Original-Return-Path"),
            "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
            "Auto-Submitted: auto-replied",
            "Message-ID: %s" % msgid,
            "Date: %s" % rfcdate(utc, -8),
            "Subject: Delivery Status Notification (Failure)",
            "In-Reply-To: %s" % orig["msgid"],
            "References: %s" % orig["msgid"],
            "X-Failed-Recipients: %s" % failed,
            "To: %s" % orig["from_addr"]]
    rest = [r for r in rest if not r.startswith("X-Original-Return-Path")]
    human_txt = ("\n** Address not found **\n\nYour message wasn't delivered to %s because the address couldn't be found, "
                 "or is unable to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\n\n"
                 "The response was:\n\n550 5.1.1 The email account that you tried to reach does not exist. Please try "
                 "double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to "
                 "https://support.google.com/mail/?p=NoSuchUser %s.%d - gsmtp\n" % (failed, rs(R, 20, ALNUM), R.randint(1, 9)))
    htm = ('\n<html>\n<head>\n<style>\n* {\nfont-family:Roboto, "Helvetica Neue", Helvetica, Arial, sans-serif;\n}\n</style>\n</head>\n<body>\n'
           '<table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;background-color:#ffffff;"><tbody>\n<tr><td>\n'
           '<table cellpadding=0 cellspacing=0><tbody>\n<tr><td style="max-width:560px;padding:24px 24px 32px;background-color:#fafafa;border:1px solid #e0e0e0;border-radius:2px">\n'
           '<span style="font-size:24px;line-height:32px;color:#212121;">Address not found</span>\n<p>Your message wasn\'t delivered to <a style=\'color:#212121;text-decoration:none\'><b>%s</b></a> because the address couldn\'t be found, or is unable to receive mail.</p>\n'
           '</td></tr>\n</tbody></table>\n</td></tr>\n</tbody></table>\n</body>\n</html>\n' % failed)
    b2 = "00000000000" + rs(R, 17, HEXL)
    alt = ('Content-Type: multipart/alternative; boundary="%s"\n\n--%s\nContent-Type: text/plain; charset="UTF-8"\n\n%s\n--%s\nContent-Type: text/html; charset="UTF-8"\n\n%s\n--%s--\n'
           % (b2, b2, human_txt, b2, htm, b2))
    dsn = ("Reporting-MTA: dns; googlemail.com\nReceived-From-MTA: dns; %s.%s\nArrival-Date: %s\nX-Original-Message-ID: %s\n\n"
           "Final-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; gmail-smtp-in.l.google.com. (142.250.%d.%d, the\n server for the domain gmail.com.)\n"
           "Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.\nLast-Attempt-Date: %s\n"
           % ("mx1", DOMAIN, rfcdate(orig["utc"], -8), orig["msgid"], failed, R.randint(100, 250), R.randint(2, 250), rfcdate(utc, -8)))
    hdrs = ("Return-Path: <%s>\nFrom: %s <%s>\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nAuto-Submitted: auto-replied\n"
            % (orig["from_addr"], orig["from_name"], orig["from_addr"], failed, orig["subject"], rfcdate(orig["utc"]), orig["msgid"]))
    body = ("--%s\n%s\n--%s\nContent-Type: message/delivery-status\n\n%s\n--%s\nContent-Type: message/rfc822\n\n%s\n%s\n--%s--\n"
            % (b, alt, b, dsn, b, hdrs, orig["text"], b))
    return "\n".join(top + rest) + "\n\n" + body


def exchange_ndr(R, utc, mailbox, failed, orig, org_name):
    dom = failed.split("@")[1]
    region = R.choice(["BN8", "DM6", "CO1", "SN1"])
    host = "mail-%snam11on%d.outbound.protection.outlook.com" % (region.lower(), R.randint(2010, 2199))
    ip = "40.107.%d.%d" % (R.randint(92, 244), R.randint(2, 250))
    top, mx = inbound(R, mailbox, "", utc, host, ip, helo="NAM11-%s-obe.outbound.protection.outlook.com" % region)
    top[0] = "Return-Path: <>"
    _fix_auth(top, mx, auth_null(R, mx, host, ip))
    srv = _ms_prefix(R)
    nam = "namprd%02d" % R.choice([11, 12, 13, 14])
    mxsrv = "%s.mail.protection.outlook.com" % dom.replace(".", "-")
    guid = rs(R, 32, HEXL)
    b = "%s" % uuid_lower(R)
    rest = ["From: Microsoft Outlook\n\t<MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@%s>" % dom,
            "To: <%s>" % orig["from_addr"],
            "Date: %s" % rfcdate(utc, 0),
            "Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"%s\"" % b,
            "X-MS-Exchange-Message-Is-Ndr:",
            "Content-Language: en-US",
            "Message-ID:\n\t<%s%s@%s.%s.prod.outlook.com>" % (srv, rs(R, 12, HEXU), srv, nam),
            "In-Reply-To: %s" % orig["msgid"],
            "References: %s" % orig["msgid"],
            "Thread-Topic: %s" % orig["subject"],
            "Subject: Undeliverable: %s" % orig["subject"],
            "Auto-Submitted: auto-replied",
            "X-MS-PublicTrafficType: Email",
            "X-MS-TrafficTypeDiagnostic: %s:EE_|%s:EE_" % (srv, _ms_prefix(R)),
            "MIME-Version: 1.0"]
    human_txt = ("Your message to %s couldn't be delivered.\n\n%s wasn't found at %s.\n\n%s    Office 365    %s\nAction Required                 Recipient\n\n"
                 "Unknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following:\n\n"
                 "  *   Send the message again following these steps: In Outlook, open this non-delivery report (NDR) and choose Send Again from the Report ribbon.\n"
                 "  *   If the problem continues, contact the recipient by some other means.\n\n"
                 "More Info for Email Admins\nStatus code: 550 5.1.10\n\nThis error occurs because the recipient's email address can't be found in the recipient's email system.\n\n"
                 "Original Message Details\nCreated Date:    %s\nSender Address:    %s\nRecipient Address:    %s\nSubject:    %s\n\n"
                 "Error Details\nError:    550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient %s not found by SMTP address lookup\nMessage rejected by:    %s.%s.prod.outlook.com\n"
                 % (failed, failed.split("@")[0], dom, org_name, failed.split("@")[0], local(orig["utc"]).strftime("%m/%d/%Y %I:%M:%S %p"),
                    orig["from_addr"], failed, orig["subject"], failed, srv, nam))
    htm = "<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\">\n</head>\n<body>\n<p>%s</p>\n</body>\n</html>\n" % text_to_html_br(human_txt)
    b2 = uuid_lower(R)
    alt = ("Content-Type: multipart/alternative; differences=Content-Type;\n\tboundary=\"%s\"\n\n--%s\nContent-Type: text/plain; charset=\"us-ascii\"\nContent-Transfer-Encoding: quoted-printable\n\n%s\n--%s\nContent-Type: text/html; charset=\"us-ascii\"\nContent-Transfer-Encoding: quoted-printable\n\n%s\n--%s--\n"
           % (b2, b2, qp_encode(human_txt, "us-ascii"), b2, qp_encode(htm, "us-ascii"), b2))
    dsn = ("Reporting-MTA: dns;%s.%s.prod.outlook.com\nReceived-From-MTA: dns;%s.%s\nArrival-Date: %s\n\n"
           "Final-Recipient: rfc822;%s\nAction: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient %s not found by SMTP address lookup\n"
           % (srv, nam, "mx1", DOMAIN, rfcdate(orig["utc"], 0), failed, failed))
    hdrs = ("Received: from mx1.%s (10.40.2.21) by %s (10.167.242.%d) with Microsoft SMTP\n Server id 15.20.8046.%d; %s\nFrom: %s <%s>\nTo: <%s>\nSubject: %s\nDate: %s\nMessage-ID: %s\nAuto-Submitted: auto-replied\nContent-Type: text/plain; charset=\"utf-8\"\nMIME-Version: 1.0\n"
            % (DOMAIN, mxsrv, R.randint(2, 250), R.randint(10, 40), rfcdate(orig["utc"], 0), orig["from_name"], orig["from_addr"], failed,
               orig["subject"], rfcdate(orig["utc"]), orig["msgid"]))
    body = ("--%s\n%s\n--%s\nContent-Type: message/delivery-status\n\n%s\n--%s\nContent-Type: text/rfc822-headers\n\n%s\n--%s--\n"
            % (b, alt, b, dsn, b, hdrs, b))
    return "\n".join(top + rest) + "\n\n" + body


def yahoo_failure(R, utc, mailbox, failed, orig):
    """Yahoo's legacy plain-text failure notice (no MIME-Version)."""
    site = R.choice(["ne1", "bf2", "gq1"])
    host = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (R.randint(300, 330), R.randint(10, 60), site)
    ip = "66.163.%d.%d" % (R.randint(184, 191), R.randint(2, 250))
    top, mx = inbound(R, mailbox, "", utc, host, ip)
    top[0] = "Return-Path: <>"
    _fix_auth(top, mx, auth_null(R, mx, host, ip))
    rest = ["Date: %s" % rfcdate(utc, 0).replace("+0000", "+0000"),
            "From: MAILER-DAEMON@yahoo.com",
            "To: %s" % orig["from_addr"],
            "Subject: Failure Notice"]
    body = ("Sorry, we were unable to deliver your message to the following address.\n\n<%s>:\n"
            "554: delivery error: dd This user doesn't have a yahoo.com account (%s) [0] - mta%d.mail.%s.yahoo.com\n\n"
            "--- Below this line is a copy of the message.\n\n"
            "Received: from 10.40.2.21 (EHLO mx1.%s)\n by mta%d.mail.%s.yahoo.com with SMTP; %s\n"
            "From: %s <%s>\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n\n%s"
            % (failed, failed, R.randint(1000, 4999), site, DOMAIN, R.randint(1000, 4999), site, rfcdate(orig["utc"], 0),
               orig["from_name"], orig["from_addr"], failed, orig["subject"], rfcdate(orig["utc"]), orig["msgid"], orig["text"]))
    return "\n".join(top + rest) + "\n\n" + body


# ------------------------------------------------------------------ read receipts
def mdn_outlook(R, utc, mailbox, name, email, orig, corp=True):
    dom = email.split("@")[1]
    region = R.choice(["BN8", "DM6", "CO1"])
    host = "mail-%snam12olkn%d.outbound.protection.outlook.com" % (region.lower(), R.randint(2010, 2199)) if not corp else \
        "mail-%snam11on%d.outbound.protection.outlook.com" % (region.lower(), R.randint(2010, 2199))
    ip = ("40.92.%d.%d" if not corp else "40.107.%d.%d") % (R.randint(18, 200), R.randint(2, 250))
    top, mx = inbound(R, mailbox, email, utc, host, ip)
    _fix_auth(top, mx, auth_pass(R, mx, dom, "selector1", email, ip))
    srv = _ms_prefix(R)
    b = "_004_%s%s_" % (srv, rs(R, 8, HEXU))
    msgid = "<%s%s@%s.namprd%02d.prod.outlook.com>" % (srv, rs(R, 24, HEXU), srv, R.choice([11, 12, 14]))
    t = local(orig["utc"])
    rest = [dkim(R, dom, "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version"),
            "From: %s" % addr(name, email),
            "To: %s" % addr(orig["from_name"], orig["from_addr"]),
            "Subject: Read: %s" % orig["subject"],
            "Thread-Topic: %s" % orig["subject"],
            "Date: %s" % rfcdate(utc, 0),
            "Message-ID: %s" % msgid,
            "References: %s" % orig["msgid"],
            "In-Reply-To: %s" % orig["msgid"],
            "Content-Language: en-US",
            "X-MS-Has-Attach:",
            "X-MS-TNEF-Correlator:",
            "MIME-Version: 1.0",
            "Content-Type: multipart/report; report-type=disposition-notification;\n\tboundary=\"%s\"" % b]
    txt = ("Your message\n\n        To:  %s\n        Subject:  %s\n        Sent:  %s\n\nwas read on %s.\n"
           % (name, orig["subject"], t.strftime("%A, %B %d, %Y %I:%M:%S %p").replace(" 0", " "),
              local(utc).strftime("%A, %B %d, %Y %I:%M:%S %p").replace(" 0", " ")))
    report = ("Reporting-UA: %s; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;%s\nOriginal-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n"
              % (srv, email, orig["msgid"]))
    body = ("--%s\n%s\n--%s\nContent-Type: message/disposition-notification\n\n%s\n--%s--\n"
            % (b, text_part(txt, "plain", "us-ascii", "quoted-printable"), b, report, b))
    return "\n".join(top + rest) + "\n\n" + body


def mdn_thunderbird(R, utc, mailbox, name, email, orig, isp_host, isp_ip):
    dom = email.split("@")[1]
    top, mx = inbound(R, mailbox, email, utc, isp_host, isp_ip)
    _fix_auth(top, mx, auth_pass(R, mx, dom, "default", email, isp_ip))
    b = "------------%s" % rs(R, 24, ALNUM)
    rest = ["Message-ID: <%s@%s>" % (uuid_lower(R), dom),
            "Date: %s" % rfcdate(utc),
            "MIME-Version: 1.0",
            "User-Agent: Mozilla Thunderbird",
            "From: %s" % addr(name, email),
            "To: %s" % addr(orig["from_name"], orig["from_addr"]),
            "Subject: Return Receipt (displayed) - %s" % orig["subject"],
            "Content-Type: multipart/report; report-type=disposition-notification;\n boundary=\"%s\"" % b]
    txt = ("This is a Return Receipt for the mail that you sent to %s.\n\nNote: This Return Receipt only acknowledges that the message was displayed "
           "on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.\n" % email)
    report = ("Reporting-UA: %s; Mozilla Thunderbird\nFinal-Recipient: rfc822;%s\nOriginal-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n"
              % (isp_host, email, orig["msgid"]))
    hdrs = ("Return-Path: <%s>\nFrom: %s <%s>\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nDisposition-Notification-To: %s\n"
            % (orig["from_addr"], orig["from_name"], orig["from_addr"], email, orig["subject"], rfcdate(orig["utc"]), orig["msgid"], orig["from_addr"]))
    body = ("This is a multi-part message in MIME format.\n--%s\nContent-Type: text/plain; charset=UTF-8; format=flowed\nContent-Transfer-Encoding: 7bit\n\n%s\n--%s\n"
            "Content-Type: message/disposition-notification; name=\"MDNPart2.txt\"\nContent-Disposition: inline\nContent-Transfer-Encoding: 7bit\n\n%s\n--%s\n"
            "Content-Type: text/rfc822-headers; name=\"MDNPart3.txt\"\nContent-Transfer-Encoding: 7bit\nContent-Disposition: inline\n\n%s\n--%s--\n"
            % (b, txt, b, report, b, hdrs, b))
    return "\n".join(top + rest) + "\n\n" + body


# ------------------------------------------------------------------ generic system / vendor / spam mail
def system_mail(R, utc, mailbox, from_name, from_addr, subject, text, host, ip, env_from=None, extra=None, html=None,
                attachments=None, dkim_d=None, auth=None, msgid_dom=None, to=None, charset="utf-8", html_only=False, b64=False, tzh=0):
    env = env_from or from_addr
    top, mx = inbound(R, mailbox, env, utc, host, ip)
    d = dkim_d or from_addr.split("@")[1]
    if auth == "fail":
        _fix_auth(top, mx, auth_fail(R, mx, env, ip, from_addr.split("@")[1]))
    elif auth == "none":
        _fix_auth(top, mx, "dkim=none;\n\tspf=neutral (%s.%s: %s is neither permitted nor denied by domain of %s) smtp.mailfrom=%s;\n\tdmarc=none header.from=%s"
                  % (mx, DOMAIN, ip, env, env, from_addr.split("@")[1]))
    else:
        _fix_auth(top, mx, auth_pass(R, mx, d, "s1", env, ip, from_domain=from_addr.split("@")[1]))
    msgid = "<%s@%s>" % (rs(R, 24, HEXL) if R.random() < 0.5 else uuid_lower(R), msgid_dom or from_addr.split("@")[1])
    rest = []
    if auth not in ("fail", "none"):
        rest.append(dkim(R, d, "s1", "from:to:subject:date:message-id:mime-version:content-type"))
    rest += ["Date: %s" % rfcdate(utc, tzh),
             "From: %s" % addr(from_name, from_addr),
             "To: %s" % (to or "%s@%s" % (mailbox, DOMAIN)),
             fold_header("Subject", hdr_text(subject, "B" if b64 else "Q", charset.upper())),
             "Message-ID: %s" % msgid]
    rest += (extra or [])
    rest.append("MIME-Version: 1.0")
    enc = "base64" if b64 else None
    if html_only:
        body = text_part(html, "html", charset, enc or "quoted-printable")
    elif html:
        b = "b1_%s" % rs(R, 32, HEXL)
        body = multipart("alternative", b, [text_part(text, "plain", charset, enc or ("quoted-printable" if needs_qp(text) else "7bit")),
                                            text_part(html, "html", charset, enc or "quoted-printable")])
    else:
        body = text_part(text, "plain", charset, enc or ("quoted-printable" if needs_qp(text) else "7bit"))
    if attachments:
        b = "----=_Part_%s" % rs(R, 20, "0123456789")
        parts = [body]
        for fname, ctype, data in attachments:
            parts.append('Content-Type: %s; name="%s"\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment; filename="%s"\n\n%s'
                         % (ctype, fname, fname, b64_encode(data)))
        body = multipart("mixed", b, parts)
    ct, bb = body.split("\n\n", 1)
    return _assemble(top, rest + [ct], bb)


def calendar_google(R, utc, mailbox, org_name, org_email, title, start, end, attendees, description):
    n = R.randint(170, 235)
    host, ip = "mail-sor-f%d.google.com" % n, "209.85.220.%d" % n
    env = "3%s@calendar-server.bounces.google.com" % rs(R, 40, ALNUM)
    top, mx = inbound(R, mailbox, env, utc, host, ip)
    dom = org_email.split("@")[1]
    _fix_auth(top, mx, auth_pass(R, mx, "google.com", "20230601", env, ip, from_domain=dom))
    uid = "%s@google.com" % rs(R, 26, "abcdefghijklmnopqrstuvwxyz0123456789")
    stamp = utc.strftime("%Y%m%dT%H%M%SZ")
    ics_lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:REQUEST",
                 "BEGIN:VTIMEZONE", "TZID:America/Chicago", "X-LIC-LOCATION:America/Chicago", "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0600",
                 "TZOFFSETTO:-0500", "TZNAME:CDT", "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
                 "BEGIN:STANDARD", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0600", "TZNAME:CST", "DTSTART:19701101T020000",
                 "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD", "END:VTIMEZONE", "BEGIN:VEVENT",
                 "DTSTART;TZID=America/Chicago:%s" % start, "DTEND;TZID=America/Chicago:%s" % end, "DTSTAMP:%s" % stamp,
                 "ORGANIZER;CN=%s:mailto:%s" % (org_name, org_email), "UID:%s" % uid]
    for an, ae in attendees:
        ics_lines.append("ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s;X-NUM-GUESTS=0:mailto:%s" % (an, ae))
    ics_lines += ["X-GOOGLE-CONFERENCE:https://meet.google.com/%s-%s-%s" % (rs(R, 3, "abcdefghijkmnopqrstuvwxyz"), rs(R, 4, "abcdefghijkmnopqrstuvwxyz"), rs(R, 3, "abcdefghijkmnopqrstuvwxyz")),
                  "CREATED:%s" % stamp, "DESCRIPTION:%s" % description.replace("\n", "\\n"), "LAST-MODIFIED:%s" % stamp,
                  "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED", "SUMMARY:%s" % title, "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    # fold ics lines at 75 octets
    folded = []
    for l in ics_lines:
        while len(l) > 75:
            folded.append(l[:75])
            l = " " + l[75:]
        folded.append(l)
    ics = "\r\n".join(folded) + "\r\n"
    ics = ics.replace("\r\n", "\n")
    text = ("%s\n%s\n\n%s\n\nJoining info\nJoin with Google Meet\n\nInvitation from Google Calendar\n\nYou are receiving this email because you are an attendee on the event.\n"
            % (title, "Organizer: %s" % org_name, description))
    htm = "<html><body><div>%s</div></body></html>\n" % text_to_html_br(text)
    b_mixed = "000000000000" + rs(R, 16, HEXL)
    b_alt = "000000000000" + rs(R, 16, HEXL)
    alt = ('Content-Type: multipart/alternative; boundary="%s"\n\n--%s\nContent-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes\nContent-Transfer-Encoding: base64\n\n%s\n--%s\nContent-Type: text/html; charset="UTF-8"\nContent-Transfer-Encoding: quoted-printable\n\n%s\n--%s\nContent-Type: text/calendar; charset="UTF-8"; method=REQUEST\nContent-Transfer-Encoding: 7bit\n\n%s\n--%s--\n'
           % (b_alt, b_alt, b64_encode(text), b_alt, qp_encode(htm), b_alt, ics, b_alt))
    body = ('--%s\n%s\n--%s\nContent-Type: application/ics; name="invite.ics"\nContent-Disposition: attachment; filename="invite.ics"\nContent-Transfer-Encoding: base64\n\n%s\n--%s--\n'
            % (b_mixed, alt, b_mixed, b64_encode(ics.replace("\n", "\r\n")), b_mixed))
    t = local(utc)
    rest = [dkim(R, "google.com", "20230601", "mime-version:reply-to:sender:auto-submitted:message-id:date:subject:from:to"),
            "MIME-Version: 1.0",
            "Reply-To: %s" % addr(org_name, org_email),
            "Sender: Google Calendar <calendar-notification@google.com>",
            "Auto-Submitted: auto-generated",
            "Message-ID: <calendar-%s@google.com>" % uuid_lower(R),
            "Date: %s" % rfcdate(utc, 0),
            fold_header("Subject", "Invitation: %s" % title),
            "From: %s" % addr(org_name, org_email),
            "To: %s@%s" % (mailbox, DOMAIN),
            'Content-Type: multipart/mixed; boundary="%s"' % b_mixed]
    return "\n".join(top + rest) + "\n\n" + body


def calendar_outlook(R, utc, mailbox, org_name, org_email, title, start_utc, end_utc, text):
    dom = org_email.split("@")[1]
    region = R.choice(["BN8", "DM6", "CO1", "SN1"])
    host = "mail-%snam11on%d.outbound.protection.outlook.com" % (region.lower(), R.randint(2010, 2199))
    ip = "40.107.%d.%d" % (R.randint(92, 244), R.randint(2, 250))
    top, mx = inbound(R, mailbox, org_email, utc, host, ip)
    _fix_auth(top, mx, auth_pass(R, mx, dom, "selector1", org_email, ip))
    srv = _ms_prefix(R)
    uid = "040000008200E00074C5B7101A82E008000000" + rs(R, 72, HEXU)
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\nBEGIN:VEVENT\n"
           "ORGANIZER;CN=%s:mailto:%s\nATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=customercare@\n alliant-energy.com:mailto:%s@%s\n"
           "DESCRIPTION;LANGUAGE=en-US:%s\nUID:%s\nSUMMARY;LANGUAGE=en-US:%s\nDTSTART:%s\nDTEND:%s\nCLASS:PUBLIC\nPRIORITY:5\nDTSTAMP:%s\nTRANSP:OPAQUE\nSTATUS:CONFIRMED\nSEQUENCE:0\n"
           "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting\nX-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE\nX-MICROSOFT-CDO-IMPORTANCE:1\nX-MICROSOFT-DISALLOW-COUNTER:FALSE\n"
           "BEGIN:VALARM\nDESCRIPTION:REMINDER\nTRIGGER;RELATED=START:-PT15M\nACTION:DISPLAY\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR\n"
           % (org_name, org_email, mailbox, DOMAIN, text.split("\n")[0], uid, title, start_utc.strftime("%Y%m%dT%H%M%SZ"),
              end_utc.strftime("%Y%m%dT%H%M%SZ"), utc.strftime("%Y%m%dT%H%M%SZ")))
    b = "_000_%s%s_" % (srv, rs(R, 8, HEXU))
    htm = "<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n</head>\n<body>\n<div>%s</div>\n</body>\n</html>\n" % text_to_html_br(text)
    body = ("--%s\n%s\n--%s\n%s\n--%s\nContent-Type: text/calendar; charset=\"utf-8\"; method=REQUEST\nContent-Transfer-Encoding: base64\n\n%s\n--%s--\n"
            % (b, text_part(text, "plain", "utf-8", "quoted-printable"), b, text_part(htm, "html", "utf-8", "quoted-printable"), b, b64_encode(ics.replace("\n", "\r\n")), b))
    rest = [dkim(R, dom, "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version"),
            "From: %s" % addr(org_name, org_email),
            "To: %s <%s@%s>" % ("Alliant Energy Customer Care", mailbox, DOMAIN),
            fold_header("Subject", title),
            "Thread-Topic: %s" % title,
            "Thread-Index: %s==" % rs(R, 30, ALNUM + "+/"),
            "Date: %s" % rfcdate(utc, 0),
            "Message-ID: <%s%s@%s.namprd11.prod.outlook.com>" % (srv, rs(R, 24, HEXU), srv),
            "Accept-Language: en-US",
            "Content-Language: en-US",
            "X-MS-Has-Attach:",
            "X-MS-TNEF-Correlator:",
            "x-ms-exchange-calendar-series-instance-id: BAAAAIIA4AB0xbcQGoLgCAAAAAA%s" % rs(R, 40, ALNUM),
            "x-ms-publictraffictype: Email",
            "MIME-Version: 1.0",
            'Content-Type: multipart/alternative; boundary="%s"' % b]
    return "\n".join(top + rest) + "\n\n" + body


def google_group_post(R, utc, mailbox, group, author_name, author_email, subject, text, in_reply=None):
    n = R.randint(170, 235)
    host, ip = "mail-oo1-f%d.google.com" % n, "209.85.161.%d" % n
    env = "%s+bncBD%s@googlegroups.com" % (group, rs(R, 48, ALNUM))
    top, mx = inbound(R, mailbox, env, utc, host, ip)
    _fix_auth(top, mx, auth_pass(R, mx, "googlegroups.com", "20230601", env, ip, from_domain=author_email.split("@")[1]))
    dom = author_email.split("@")[1]
    msgid = "<%s@%s>" % (rs(R, 32, HEXL), "mail.gmail.com" if dom == "gmail.com" else dom)
    b = "000000000000" + rs(R, 16, HEXL)
    footer = ("\n-- \nYou received this message because you are subscribed to the Google Groups \"%s\" group.\n"
              "To unsubscribe from this group and stop receiving emails from it, send an email to %s+unsubscribe@googlegroups.com.\n"
              "To view this discussion visit https://groups.google.com/d/msgid/%s/%s.\n" % (group, group, group, msgid[1:-1].replace("@", "%40")))
    plain = text + footer
    htm = '<div dir="ltr">%s</div>\n\n<p></p>\n%s' % (text_to_html_divs(text), text_to_html_br(footer))
    rest = [dkim(R, "googlegroups.com", "20230601", "list-unsubscribe:list-subscribe:list-archive:list-help:list-post:list-id:mailing-list:precedence:x-original-authentication-results:x-original-sender:mime-version:subject:message-id:to:from:date"),
            "Sender: %s@googlegroups.com" % group,
            "X-BeenThere: %s@googlegroups.com" % group,
            "MIME-Version: 1.0",
            "From: %s" % addr(author_name, author_email),
            "Date: %s" % rfcdate(utc),
            "Message-ID: %s" % msgid]
    if in_reply:
        rest += ["In-Reply-To: %s" % in_reply, "References: %s" % in_reply]
    rest += [fold_header("Subject", subject),
             "To: %s <%s@googlegroups.com>" % (group, group),
             "X-Original-Sender: %s" % author_email,
             "Precedence: list",
             "Mailing-list: list %s@googlegroups.com; contact %s+owners@googlegroups.com" % (group, group),
             "List-ID: <%s.googlegroups.com>" % group,
             "X-Spam-Checked-In-Group: %s@googlegroups.com" % group,
             "X-Google-Group-Id: %d" % R.randint(100000000000, 999999999999),
             "List-Post: <https://groups.google.com/group/%s/post>, <mailto:%s@googlegroups.com>" % (group, group),
             "List-Help: <https://groups.google.com/support/>, <mailto:%s+help@googlegroups.com>" % group,
             "List-Archive: <https://groups.google.com/group/%s" % group + ">",
             "List-Subscribe: <https://groups.google.com/group/%s/subscribe>, <mailto:%s+subscribe@googlegroups.com>" % (group, group),
             "List-Unsubscribe: <mailto:googlegroups-manage+%d+unsubscribe@googlegroups.com>,\n <https://groups.google.com/group/%s/subscribe>" % (R.randint(100000000000, 999999999999), group)]
    body = multipart("alternative", b, [text_part(plain, "plain", "UTF-8", "quoted-printable" if needs_qp(plain) else "7bit"),
                                        text_part(htm, "html", "UTF-8", "quoted-printable")])
    ct, bb = body.split("\n\n", 1)
    return _assemble(top, rest + [ct], bb)


def mailman_post(R, utc, mailbox, list_addr, list_name, author_name, author_email, subject, text):
    """Mailman 3 list post with full personalization (To: rewritten to the member's address)."""
    host = "mail.%s" % list_addr.split("@")[1].replace("lists.", "")
    ip = "162.243.%d.%d" % (R.randint(1, 250), R.randint(2, 250))
    lname, ldom = list_addr.split("@")
    rcpt = "%s@%s" % (mailbox, DOMAIN)
    env = "%s-bounces+%s=%s@%s" % (lname, mailbox, DOMAIN, ldom)
    top, mx = inbound(R, mailbox, env, utc, host, ip)
    _fix_auth(top, mx, "dkim=pass (2048-bit key; unprotected) header.d=%s header.i=@%s header.a=rsa-sha256 header.s=mm1 header.b=%s;\n\t"
                       "spf=pass (%s.%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n\t"
                       "dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=%s"
              % (ldom, ldom, rs(R, 8), mx, DOMAIN, env, ip, ldom, author_email.split("@")[1]))
    orig_id = "<%s@%s>" % (rs(R, 20, HEXL), author_email.split("@")[1])
    h = rs(R, 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    footer = ("_______________________________________________\n%s mailing list -- %s\nTo unsubscribe send an email to %s-leave@%s\n"
              "Member address: %s\n" % (list_name, list_addr, lname, ldom, rcpt))
    body_text = text + footer
    rest = [dkim(R, ldom, "mm1", "from:reply-to:subject:date:to:list-id:list-help:list-unsubscribe:list-subscribe:list-post:list-owner:list-archive"),
            "Received: from [10.0.0.%d] (unknown [%s])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s"
            % (R.randint(2, 250), "24.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)), host, postfix_qid(R), list_addr, rfcdate(plus(utc, -20))),
            "Message-ID: %s" % orig_id,
            "Date: %s" % rfcdate(plus(utc, -22)),
            "MIME-Version: 1.0",
            "User-Agent: Mozilla Thunderbird",
            "Content-Language: en-US",
            "From: %s" % addr(author_name, author_email),
            fold_header("Subject", "[%s] %s" % (lname, subject)),
            "Message-ID-Hash: %s" % h,
            "X-Message-ID-Hash: %s" % h,
            "X-MailFrom: %s" % author_email,
            "X-Mailman-Rule-Misses: dmarc-mitigation; no-senders; approved; emergency; loop; banned-address; member-moderation; nonmember-moderation; administrivia; implicit-dest; max-recipients; max-size; news-moderation; no-subject; digests; suspicious-header",
            "X-Mailman-Version: 3.3.9",
            "Precedence: list",
            "List-Id: \"%s\" <%s.%s>" % (list_name, lname, ldom),
            "Archived-At: <https://%s/archives/list/%s/message/%s/>" % (ldom, list_addr, h),
            "List-Archive: <https://%s/archives/list/%s/>" % (ldom, list_addr),
            "List-Help: <mailto:%s-request@%s?subject=help>" % (lname, ldom),
            "List-Owner: <mailto:%s-owner@%s>" % (lname, ldom),
            "List-Post: <mailto:%s>" % list_addr,
            "List-Subscribe: <mailto:%s-join@%s>" % (lname, ldom),
            "List-Unsubscribe: <mailto:%s-leave@%s>" % (lname, ldom),
            "To: %s" % rcpt,
            "Reply-To: %s" % list_addr]
    body = text_part(body_text, "plain", "utf-8", "7bit" if is_ascii(body_text) else "8bit").replace('charset="utf-8"', "charset=UTF-8; format=flowed")
    ct, bb = body.split("\n\n", 1)
    return _assemble(top, rest + [ct], bb)
