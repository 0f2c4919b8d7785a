"""Machine mail of the weeks new customers arrive: bounces, auto-replies, vendor notices, bulk mail, phishing."""
import base64

import transports as T
from mimelib import (RNG, UTC, later, rfc, rfc_two, rfc_paren, rstr, rhex, ruuid, rb64, ew,
                     leaf, raw_leaf, multipart, finish, sig_lines, dkim_bh, to_html_paras)

CC = "customercare"
PH = "powerhousecatalog"


# ---------------------------------------------------------------- our original mail inside bounces
def our_headers(o, to_name, relay="smtp-out1"):
    d = o["date"]
    return (f"Return-Path: <{o['from_addr']}>\n"
            f"Received: from mailer.alliant-energy.com (mailer.alliant-energy.com [10.20.4.30])\n"
            f"\tby {relay}.alliant-energy.com (Postfix) with ESMTP id {rhex(10).upper()}\n"
            f"\tfor <{o['to_addr']}>; {rfc_paren(d)}\n"
            f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=alliant-energy.com;\n"
            f"\ts=ae2025; t={int(d.timestamp())}; bh={dkim_bh(o['msgid'])};\n"
            f"\th=From:To:Subject:Date:Message-ID;\n\tb={sig_lines(216, 70, chr(9))}\n"
            f"From: {o['from_name']} <{o['from_addr']}>\n"
            f"To: {to_name} <{o['to_addr']}>\n"
            f"Subject: {o['subject']}\n"
            f"Date: {rfc(d)}\n"
            f"Message-ID: {o['msgid']}\n"
            f"MIME-Version: 1.0\n")


def our_full(o, to_name, relay="smtp-out1"):
    return (our_headers(o, to_name, relay) + "Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 7bit\n\n" + o["text"] + "\n")


# ---------------------------------------------------------------- bounces
def bounce_postfix(o, to_name, d, mbox, reason_short, diag, status, remote=None, relay="smtp-out1", delayed=False):
    host = f"{relay}.alliant-energy.com"
    q = rhex(10).upper()
    b = f"{q}.{int(d.timestamp())}/{host}"
    if delayed:
        notice = ("This is the mail system at host " + host + ".\n\n"
                  "####################################################################\n"
                  "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                  "####################################################################\n\n"
                  "Your message could not be delivered for more than 4 hour(s).\n"
                  "It will be retried until it is 5 day(s) old.\n\n"
                  "For further assistance, please send mail to postmaster.\n\n"
                  "If you do so, please include this problem report. You can\n"
                  "delete your own text from the attached returned message.\n\n"
                  "                   The mail system\n\n"
                  f"<{o['to_addr']}>: {reason_short}\n")
        subject = "Delayed Mail (still being retried)"
        action = "delayed"
        extra = f"Will-Retry-Until: {rfc_paren(later(o['date'], 5 * 86400))}\n"
    else:
        notice = ("This is the mail system at host " + host + ".\n\n"
                  "I'm sorry to have to inform you that your message could not\n"
                  "be delivered to one or more recipients. It's attached below.\n\n"
                  "For further assistance, please send mail to postmaster.\n\n"
                  "If you do so, please include this problem report. You can\n"
                  "delete your own text from the attached returned message.\n\n"
                  "                   The mail system\n\n"
                  f"<{o['to_addr']}>: {reason_short}\n")
        subject = "Undelivered Mail Returned to Sender"
        action = "failed"
        extra = ""
    status_txt = (f"Reporting-MTA: dns; {host}\nX-Postfix-Queue-ID: {q}\n"
                  f"X-Postfix-Sender: rfc822; {o['from_addr']}\n"
                  f"Arrival-Date: {rfc_paren(o['date'])}\n\n"
                  f"Final-Recipient: rfc822; {o['to_addr']}\nOriginal-Recipient: rfc822;{o['to_addr']}\n"
                  f"Action: {action}\nStatus: {status}\n" + (f"Remote-MTA: dns; {remote}\n" if remote else "")
                  + f"Diagnostic-Code: {diag}\n" + extra)
    parts = [raw_leaf("text/plain; charset=us-ascii", notice, "Content-Description: Notification\n"),
             raw_leaf("message/delivery-status", status_txt, "Content-Description: Delivery report\n"),
             raw_leaf("text/rfc822-headers", our_headers(o, to_name, relay),
                      "Content-Description: Undelivered Message Headers\n")]
    ct, body = multipart("report", b, parts, preamble="This is a MIME-encapsulated message.",
                         params="", fold=True)
    ct = ct.replace("multipart/report;", "multipart/report; report-type=delivery-status;")
    env = None
    top = T.internal(mbox, env, d, host, "10.20.4.21" if relay == "smtp-out1" else "10.20.4.22")
    hdr = (top + f"Received: by {host} (Postfix)\n\tid {q}; {rfc_paren(d)}\n"
           f"Date: {rfc_paren(d)}\nFrom: MAILER-DAEMON@{host} (Mail Delivery System)\n"
           f"Subject: {subject}\nTo: {o['from_addr']}\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\n"
           + ct + f"Message-Id: <{d.strftime('%Y%m%d%H%M%S')}.{q}@{host}>\n")
    return finish(hdr, body)


def bounce_o365(o, to_name, d, mbox, tenant_dom):
    gen = f"{RNG.choice(['BN8PR', 'CH0PR', 'SA1PR'])}{RNG.randint(10, 19)}MB{RNG.randint(1000, 9999)}.namprd{RNG.randint(10, 19)}.prod.outlook.com"
    b1 = f"_{ruuid()}_"
    b2 = f"_{ruuid()}_"
    plain = (f"Your message to {o['to_addr']} couldn't be delivered.\n\n"
             f"{o['to_addr'].split('@')[0]} wasn't found at {tenant_dom}.\n\n"
             f"customercare    Office 365    {o['to_addr'].split('@')[0]}\n"
             "Action Required                 Recipient\n\n"
             "Unknown To address\n\n"
             "How to Fix It\n"
             "The address may be misspelled or may not exist. Try one or more of the following:\n"
             "- Retype the recipient's address, then resend the message. If you're using Outlook, open this "
             "bounce message (NDR) and choose Send Again from the Report ribbon.\n"
             "- Contact the recipient by some other means (by phone, for example) to confirm you're using the "
             "right address. Ask them if they've set up an email forwarding rule that could be forwarding your "
             "message to an incorrect address.\n\n"
             "Was this helpful? Send feedback to Microsoft.\n\n"
             "More Info for Email Admins\n"
             f"Status code: 550 5.1.10\n\n"
             "This error occurs because the sender sent a message to an email address hosted by Office 365 but the "
             "address is incorrect or doesn't exist at the destination domain.\n\n"
             "Original Message Details\n"
             f"Created Date:    {o['date'].astimezone(UTC).strftime('%m/%d/%Y %I:%M:%S %p')}\n"
             f"Sender Address:    {o['from_addr']}\n"
             f"Recipient Address:    {o['to_addr']}\n"
             f"Subject:    {o['subject']}\n\n"
             "Error Details\n"
             "Error:    550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n"
             f"Message rejected by:    {gen}\n")
    h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
         + to_html_paras(plain) + "</body></html>")
    alt_ct, alt_body = multipart("alternative", b2, [leaf('text/plain; charset="utf-8"', plain, "utf-8", "quoted-printable"),
                                                     leaf('text/html; charset="utf-8"', h, "utf-8", "quoted-printable")])
    status = (f"Reporting-MTA: dns;{gen}\nReceived-From-MTA: dns;smtp-out1.alliant-energy.com\n"
              f"Arrival-Date: {rfc_two(o['date'].astimezone(UTC))}\n\n"
              f"Original-Recipient: rfc822;{o['to_addr']}\nFinal-Recipient: rfc822;{o['to_addr']}\n"
              "Action: failed\nStatus: 5.1.10\n"
              "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n")
    parts = [(alt_ct, alt_body), raw_leaf("message/delivery-status", status),
             raw_leaf("text/rfc822-headers", our_headers(o, to_name))]
    ct, body = multipart("report", b1, parts)
    ct = ct.replace("multipart/report;", "multipart/report; report-type=delivery-status;")
    top, a, region = T.outlook(mbox, None, d, domain=tenant_dom, tenant=True)
    hdr = (top + f"From: postmaster@{tenant_dom}\nTo: {o['from_addr']}\nDate: {rfc_two(d.astimezone(UTC))}\n"
           + ct + "MIME-Version: 1.0\nX-MS-Exchange-Message-Is-Ndr:\nContent-Language: en-US\n"
           f"Message-ID: <{ruuid()}@{gen}>\nIn-Reply-To: {o['msgid']}\nReferences: {o['msgid']}\n"
           f"Thread-Topic: {o['subject']}\nSubject: Undeliverable: {o['subject']}\nAuto-Submitted: auto-replied\n"
           f"X-MS-PublicTrafficType: Email\nX-MS-Exchange-Organization-SCL: -1\n")
    return finish(hdr, body)


def bounce_exim(o, to_name, d, mbox, host, ip, reason):
    ident = f"{rstr(6)}-{rstr(6)}-{rstr(2)}"
    body = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            f"  {o['to_addr']}\n    {reason}\n\n"
            "------ This is a copy of the message, including all the headers. ------\n\n"
            + our_full(o, to_name))
    top = T.inbound(mbox, None, d, host, ip, tls=True,
                    auth=f"spf=none smtp.helo={host};\n\tdkim=none;\n\tdmarc=none header.from={host}")
    hdr = (top + f"Received: from mail by {host} with local (Exim 4.97)\n\tid {ident}\n"
           f"\tfor {o['from_addr']}; {rfc_two(d)}\n"
           f"X-Failed-Recipients: {o['to_addr']}\nAuto-Submitted: auto-replied\n"
           f"From: Mail Delivery System <Mailer-Daemon@{host}>\nTo: {o['from_addr']}\n"
           f"Content-Type: text/plain; charset=us-ascii\n"
           f"Subject: Mail delivery failed: returning message to sender\n"
           f"Message-Id: <E{ident}@{host}>\nDate: {rfc_two(d)}\n")
    return finish(hdr, body.encode("utf-8"))


def bounce_qmail(o, to_name, d, mbox, host, ip):
    body = (f"Hi. This is the qmail-send program at {host}.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            f"<{o['to_addr']}>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
            "--- Below this line is a copy of the message.\n\n"
            + our_full(o, to_name))
    top = T.inbound(mbox, None, d, host, ip, tls=False, auth=f"spf=none smtp.helo={host};\n\tdkim=none")
    hdr = (top + f"Received: (qmail {RNG.randint(10000, 99999)} invoked for bounce); {d.astimezone(UTC).strftime('%d %b %Y %H:%M:%S')} -0000\n"
           f"Date: {d.astimezone(UTC).strftime('%d %b %Y %H:%M:%S')} -0000\n"
           f"From: MAILER-DAEMON@{host}\nTo: {o['from_addr']}\nSubject: failure notice\n")
    return finish(hdr, body.encode("utf-8"))


def bounce_sendmail(o, to_name, d, mbox, host, ip):
    qid_s = f"{rstr(8)}{RNG.randint(100000, 999999)}"
    b = f"{qid_s}.{int(d.timestamp())}/{host}"
    notice = (f"The original message was received at {rfc(later(o['date'], 2))}\n"
              f"from smtp-out2.alliant-energy.com [192.0.2.{RNG.randint(10, 90)}]\n\n"
              "   ----- The following addresses had permanent fatal errors -----\n"
              f"<{o['to_addr']}>\n    (reason: 550 5.1.1 <{o['to_addr']}>... User unknown)\n\n"
              "   ----- Transcript of session follows -----\n"
              f"... while talking to mailstore1.{host.split('.', 1)[1]}.:\n"
              f">>> DATA\n<<< 550 5.1.1 <{o['to_addr']}>... User unknown\n550 5.1.1 <{o['to_addr']}>... User unknown\n"
              "<<< 503 5.0.0 Need RCPT (recipient)\n")
    status = (f"Reporting-MTA: dns; {host}\nReceived-From-MTA: DNS; smtp-out2.alliant-energy.com\n"
              f"Arrival-Date: {rfc(later(o['date'], 2))}\n\n"
              f"Final-Recipient: RFC822; {o['to_addr']}\nAction: failed\nStatus: 5.1.1\n"
              f"Remote-MTA: DNS; mailstore1.{host.split('.', 1)[1]}\n"
              f"Diagnostic-Code: SMTP; 550 5.1.1 <{o['to_addr']}>... User unknown\n"
              f"Last-Attempt-Date: {rfc(d)}\n")
    parts = [raw_leaf("text/plain", notice), raw_leaf("message/delivery-status", status),
             raw_leaf("message/rfc822", our_full(o, to_name, "smtp-out2"))]
    ct, body = multipart("report", b, parts, preamble="This is a MIME-encapsulated message", fold=True)
    ct = ct.replace("multipart/report;", "multipart/report; report-type=delivery-status;")
    top = T.inbound(mbox, None, d, host, ip, tls=True, auth=f"spf=none smtp.helo={host};\n\tdkim=none")
    hdr = (top + f"Received: from localhost (localhost)\n\tby {host} (8.17.1/8.17.1) id {qid_s};\n\t{rfc(d)}\n"
           f"Date: {rfc(d)}\nFrom: Mail Delivery Subsystem <MAILER-DAEMON@{host}>\n"
           f"Message-Id: <{d.strftime('%Y%m%d%H%M')}.{qid_s}@{host}>\nTo: <{o['from_addr']}>\n"
           "MIME-Version: 1.0\n" + ct + "Subject: Returned mail: see transcript for details\n"
           "Auto-Submitted: auto-generated (failure)\n")
    return finish(hdr, body)


# ---------------------------------------------------------------- auto-replies
def ooo_outlook(o, d, mbox, name, address, text, loop=False):
    top, a, region = T.outlook(mbox, address, d, domain=address.split("@")[1], tenant=address.split("@")[1] not in ("outlook.com", "hotmail.com"))
    u = d.astimezone(UTC)
    b = f"_000_{a}{rstr(10).upper()}{region}prod_"
    plain = text
    h = ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\">\n</head>\n<body>\n"
         + to_html_paras(text) + "\n</body>\n</html>\n")
    parts = [leaf('text/plain; charset="us-ascii"', plain, "us-ascii", "quoted-printable"),
             leaf('text/html; charset="us-ascii"', h, "us-ascii", "quoted-printable")]
    ct, body = multipart("alternative", b, parts)
    mid = f"<{a}{rstr(10).upper()}@{a}.{region}.prod.outlook.com>"
    hdr = (top + f"From: {name} <{address}>\nTo: {o['from_name']} <{o['from_addr']}>\n"
           f"Subject: Automatic reply: {o['subject']}\nThread-Topic: {o['subject']}\nThread-Index: AQH{rb64(20)}==\n"
           f"Date: {rfc_two(u)}\nMessage-ID: {mid}\nReferences: {o['msgid']}\nIn-Reply-To: {o['msgid']}\n"
           "Accept-Language: en-US\nContent-Language: en-US\nX-MS-Has-Attach:\nX-MS-Exchange-Organization-SCL: -1\n"
           "X-MS-TNEF-Correlator:\nX-MS-Exchange-Organization-AutoReplyType: OOF\n"
           "X-Auto-Response-Suppress: All\nAuto-Submitted: auto-replied\n" + ct + "MIME-Version: 1.0\n")
    return finish(hdr, body)


def vacation_gmail(o, d, mbox, name, address, subject, text, domain="gmail.com"):
    top = T.gmail(mbox, address, d, domain=domain, selector="20230601" if domain == "gmail.com" else "google")
    b = "0000000000" + rhex(18)
    parts = [leaf('text/plain; charset="UTF-8"', text, "utf-8", "quoted-printable"),
             leaf('text/html; charset="UTF-8"', '<div dir="ltr">' + to_html_paras(text) + "</div>", "utf-8",
                  "quoted-printable")]
    ct, body = multipart("alternative", b, parts)
    hdr = (top + "MIME-Version: 1.0\n" + f"References: {o['msgid']}\nIn-Reply-To: {o['msgid']}\n"
           "Auto-Submitted: auto-replied\n" + f"From: {ew(name)} <{address}>\nDate: {rfc(d)}\n"
           f"Message-ID: <CA{rstr(42)}@mail.gmail.com>\nSubject: {ew(subject)}\n"
           f"To: {o['from_name']} <{o['from_addr']}>\n" + ct)
    return finish(hdr, body)


def headerless_autoreply(o, d, mbox, name, address, provider, subject, text):
    """An auto-reply without Auto-Submitted or Precedence: only its wording gives it away."""
    if provider == "isp":
        top = T.isp(mbox, address, d, "smtp.mchsi.com", "173.247.39.12", "mchsi.com")
        hdr = (top + f"Date: {rfc(d)}\nFrom: {name} <{address}>\nTo: {o['from_addr']}\nSubject: {subject}\n"
               f"In-Reply-To: {o['msgid']}\nMessage-ID: <{rhex(16)}.autoresponder@mchsi.com>\nMIME-Version: 1.0\n"
               "Content-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: 7bit\n")
        return finish(hdr, (text + "\n").encode("ascii"))
    top = T.isp(mbox, address, d, "mail.oakterraceapts.com", "192.0.2.77", address.split("@")[1])
    b = f"=_{rhex(24)}"
    parts = [leaf("text/plain; charset=utf-8", text, "utf-8", "quoted-printable"),
             leaf("text/html; charset=utf-8", "<html><body>" + to_html_paras(text) + "</body></html>", "utf-8",
                  "quoted-printable")]
    ct, body = multipart("alternative", b, parts)
    hdr = (top + f"From: {name} <{address}>\nTo: {o['from_name']} <{o['from_addr']}>\nSubject: {subject}\n"
           f"Date: {rfc(d)}\nMessage-ID: <{ruuid()}@{address.split('@')[1]}>\nIn-Reply-To: {o['msgid']}\n"
           f"References: {o['msgid']}\nX-Mailer: LeaseDesk CRM 5.2\nMIME-Version: 1.0\n" + ct)
    return finish(hdr, body)


def challenge(o, d, mbox, protected_addr):
    host = "out.spambarrier-mail.com"
    top = T.inbound(mbox, f"verify+{rhex(12)}@spambarrier-mail.com", d, host, "192.0.2.140",
                    auth=f"dkim=pass header.d=spambarrier-mail.com header.s=sb1 header.b={rstr(8)};\n"
                         f"\tspf=pass smtp.mailfrom=spambarrier-mail.com;\n\tdmarc=pass header.from=spambarrier-mail.com")
    text = (f"Hello,\n\nYou recently sent a message to {protected_addr}. To fight junk mail, this person uses "
            "SpamBarrier, which holds mail from new senders until they confirm they are real people.\n\n"
            f"Subject of your message: {o['subject']}\n\n"
            "Please click the link below once to confirm. You will not have to do this again.\n"
            f"https://verify.spambarrier-mail.com/c/{rstr(32)}\n\n"
            "If you did not send this message, you can ignore this e-mail. Unconfirmed messages are deleted after "
            "14 days.\n\nSpamBarrier - no more junk, no more lists.")
    ct, body = leaf("text/plain; charset=utf-8", text, "utf-8", "7bit")
    hdr = (top + f"From: \"{protected_addr} (via SpamBarrier)\" <verify@spambarrier-mail.com>\n"
           f"Reply-To: verify@spambarrier-mail.com\nTo: {o['from_addr']}\n"
           f"Subject: Please confirm your message to {protected_addr}\nDate: {rfc(d)}\n"
           f"Message-ID: <{rhex(20)}@spambarrier-mail.com>\nIn-Reply-To: {o['msgid']}\nMIME-Version: 1.0\n" + ct)
    return finish(hdr, body)


def mdn_read(o, d, mbox, name, address, isp_host, isp_ip):
    top = T.isp(mbox, address, d, isp_host, isp_ip, address.split("@")[1])
    b = f"----=_NextPart_000_{rhex(4).upper()}_01DB{rhex(4).upper()}.{rhex(8).upper()}"
    read = later(d, -2).strftime("%A, %B ") + str(d.day) + d.strftime(", %Y %I:%M %p").replace(" 0", " ")
    text = (f"Your message\n\n  To:  {address}\n  Subject:  {o['subject']}\n"
            f"  Sent:  {o['date'].strftime('%A, %B')} {o['date'].day}, {o['date'].strftime('%Y %I:%M %p')}\n\n"
            f"was read on {read}.\n")
    disp = ("Reporting-UA: " + address.split("@")[1] + "; Microsoft Outlook 16.0\n"
            f"Final-Recipient: rfc822;{address}\nOriginal-Message-ID: {o['msgid']}\n"
            "Disposition: manual-action/MDN-sent-manually; displayed\n")
    parts = [leaf('text/plain;\n\tcharset="us-ascii"', text, "us-ascii", "7bit"),
             raw_leaf("message/disposition-notification", disp)]
    ct, body = multipart("report", b, parts, preamble="This is a multipart message in MIME format.", fold=True)
    ct = ct.replace("multipart/report;", "multipart/report;\n\treport-type=disposition-notification;")
    hdr = (top + f"From: \"{name}\" <{address}>\nTo: <{o['from_addr']}>\n"
           f"Subject: Read: {o['subject']}\nDate: {rfc(d)}\nMessage-ID: <{rhex(6)}01db{rhex(4)}${rhex(8)}${rhex(8)}$@{address.split('@')[1]}>\n"
           "MIME-Version: 1.0\n" + ct + "X-Mailer: Microsoft Outlook 16.0\nThread-Index: AQH" + rb64(26) + "\n"
           "Content-Language: en-us\n")
    return finish(hdr, body)


# ---------------------------------------------------------------- vendors, bulk, lists
def vendor_notice(d, mbox, from_name, from_addr, host, ip, subject, text, html_too=False, auto="auto-generated",
                  extra=""):
    dom = from_addr.split("@")[1]
    top = T.inbound(mbox, f"bounces+{RNG.randint(1000000, 9999999)}-{rhex(4)}@em.{dom}", d, host, ip,
                    auth=f"dkim=pass (2048-bit key) header.d={dom} header.s=s1 header.b={rstr(8)};\n"
                         f"\tspf=pass smtp.mailfrom=em.{dom};\n\tdmarc=pass (p=reject) header.from={dom}")
    if html_too:
        h = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">" + to_html_paras(text)
             + "</body></html>")
        ct, body = multipart("alternative", rhex(32), [leaf("text/plain; charset=utf-8", text, "utf-8", "quoted-printable"),
                                                      leaf("text/html; charset=utf-8", h, "utf-8", "quoted-printable")])
    else:
        ct, body = leaf("text/plain; charset=utf-8", text, "utf-8", "7bit" if text.isascii() else "quoted-printable")
    hdr = (top + f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={dom};\n\th=content-type:from:mime-version:subject:to;\n"
           f"\ts=s1; bh={dkim_bh(subject)};\n\tb={sig_lines(216, 70, chr(9))}\n"
           f"Received: by recvd-{rhex(6)}-{RNG.randint(10, 99)}.sendgrid.net with SMTP id {rstr(22)}\n"
           f"\t{rfc_two(d.astimezone(UTC))} (UTC)\n"
           "MIME-Version: 1.0\n" + ct + f"From: {from_name} <{from_addr}>\nTo: {T.rcpt(mbox)}\n"
           f"Subject: {ew(subject)}\nDate: {rfc(d)}\nMessage-ID: <{rstr(22)}@{host}>\n"
           + (f"Auto-Submitted: {auto}\n" if auto else "") + extra)
    return finish(hdr, body)


def bulk(d, mbox, from_name, from_addr, host, ip, subject, text, html_body, unsub, list_id=None, precedence="bulk",
         html_only=False, cte="quoted-printable", to=None, auth_ok=True, extra=""):
    dom = from_addr.split("@")[1]
    env = f"bounce-{rhex(10)}@{host}"
    auth = (f"dkim=pass header.d={dom} header.s=k1 header.b={rstr(8)};\n\tspf=pass smtp.mailfrom={host};\n"
            f"\tdmarc=pass header.from={dom}") if auth_ok else \
           (f"dkim=none;\n\tspf=softfail (domain of transitioning {env} does not designate {ip} as permitted sender) "
            f"smtp.mailfrom={host};\n\tdmarc=fail (p=none) header.from={dom}")
    top = T.inbound(mbox, env, d, host, ip, auth=auth)
    if html_only:
        ct, body = leaf('text/html; charset="utf-8"', html_body, "utf-8", cte)
    else:
        ct, body = multipart("alternative", f"_----{rstr(20)}===_{rhex(4).upper()}/{rhex(2)}-{RNG.randint(10000, 99999)}",
                             [leaf('text/plain; charset="utf-8"', text, "utf-8", cte),
                              leaf('text/html; charset="utf-8"', html_body, "utf-8", cte)])
    hdr = (top + (f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={dom}; s=k1;\n\tt={int(d.timestamp())}; "
                  f"h=From:To:Subject:Date:List-Unsubscribe:List-Unsubscribe-Post;\n\tbh={dkim_bh(subject)};\n"
                  f"\tb={sig_lines(216, 70, chr(9))}\n" if auth_ok else "")
           + f"From: {ew(from_name)} <{from_addr}>\nTo: {to or T.rcpt(mbox)}\nSubject: {ew(subject)}\n"
           f"Date: {rfc(d)}\nMessage-ID: <{rstr(24)}@{host}>\nMIME-Version: 1.0\n" + ct
           + (f"List-Unsubscribe: {unsub}\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\n" if unsub else "")
           + (f"List-Id: {list_id}\n" if list_id else "") + (f"Precedence: {precedence}\n" if precedence else "")
           + extra)
    return finish(hdr, body)


def google_group(d, mbox, group, group_name, poster_name, poster_addr, subject, text):
    gaddr = f"{group}@googlegroups.com"
    top = T.inbound(mbox, f"{group}+bncBD{rstr(30)}@googlegroups.com", d, f"mail-yw1-f{RNG.randint(180, 199)}.google.com",
                    f"209.85.128.{RNG.randint(180, 199)}",
                    auth=f"dkim=pass header.d=googlegroups.com header.s=20230601 header.b={rstr(8)};\n"
                         f"\tspf=pass smtp.mailfrom=googlegroups.com;\n\tdmarc=pass (p=none) header.from=gmail.com")
    footer = (f"\n\n-- \nYou received this message because you are subscribed to the Google Groups \"{group_name}\" group.\n"
              f"To unsubscribe from this group and stop receiving emails from it, send an email to {group}+unsubscribe@googlegroups.com.\n"
              f"To view this discussion visit https://groups.google.com/d/msgid/{group}/{rstr(24)}%40mail.gmail.com.\n")
    b = "0000000000" + rhex(18)
    parts = [leaf('text/plain; charset="UTF-8"', text + footer, "utf-8", "quoted-printable"),
             leaf('text/html; charset="UTF-8"', '<div dir="ltr">' + to_html_paras(text) + "</div>" + to_html_paras(footer),
                  "utf-8", "quoted-printable")]
    ct, body = multipart("alternative", b, parts)
    hdr = (top + f"X-Original-Sender: {poster_addr}\nReply-To: {gaddr}\nPrecedence: list\nMailing-list: list {gaddr}; contact {group}+owners@googlegroups.com\n"
           f"List-ID: <{group}.googlegroups.com>\nX-Spam-Checked-In-Group: {poster_addr}\n"
           f"X-Google-Group-Id: {RNG.randint(10**11, 10**12)}\n"
           f"List-Post: <https://groups.google.com/group/{group}/post>, <mailto:{gaddr}>\n"
           f"List-Help: <https://groups.google.com/support/>, <mailto:{group}+help@googlegroups.com>\n"
           f"List-Archive: <https://groups.google.com/group/{group}>\n"
           f"List-Unsubscribe: <mailto:googlegroups-manage+{RNG.randint(10**11, 10**12)}+unsubscribe@googlegroups.com>,\n"
           f" <https://groups.google.com/group/{group}/subscribe>\n"
           "MIME-Version: 1.0\n" + f"From: \"'{poster_name}' via {group_name}\" <{gaddr}>\nDate: {rfc(d)}\n"
           f"Message-ID: <CA{rstr(40)}@mail.gmail.com>\nSubject: {subject}\nTo: {group_name} <{gaddr}>\n" + ct)
    return finish(hdr, body)


def calendar_invite(d, mbox, organizer, org_addr, subject, start, end, location, description):
    uid = f"040000008200E00074C5B7101A82E008{rhex(40).upper()}"
    desc_escaped = description.replace("\n", "\\n")
    def ical(dt):
        return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    cal = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
           "BEGIN:VEVENT\n"
           f"ORGANIZER;CN={organizer}:mailto:{org_addr}\n"
           f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Customer Care:mailto:{T.rcpt(mbox)}\n"
           f"DESCRIPTION;LANGUAGE=en-US:{desc_escaped}\n"
           f"UID:{uid}\nSUMMARY;LANGUAGE=en-US:{subject}\n"
           f"DTSTART:{ical(start)}\nDTEND:{ical(end)}\nCLASS:PUBLIC\nPRIORITY:5\n"
           f"DTSTAMP:{ical(d)}\nTRANSP:OPAQUE\nSTATUS:CONFIRMED\nSEQUENCE:0\nLOCATION;LANGUAGE=en-US:{location}\n"
           "BEGIN:VALARM\nDESCRIPTION:REMINDER\nTRIGGER;RELATED=START:-PT15M\nACTION:DISPLAY\nEND:VALARM\n"
           "END:VEVENT\nEND:VCALENDAR\n")
    # iCalendar lines must stay short: fold at 74 octets
    folded = []
    for line in cal.split("\n"):
        while len(line) > 74:
            folded.append(line[:74])
            line = " " + line[74:]
        folded.append(line)
    cal = "\n".join(folded)
    text = description + f"\n\nWhen: {start.strftime('%A, %B')} {start.day}, {start.strftime('%Y %I:%M %p')}-{end.strftime('%I:%M %p')} (UTC-06:00) Central Time\nWhere: {location}\n"
    alt_ct, alt_body = multipart("alternative", f"_000_{rhex(24).upper()}_", [
        leaf('text/plain; charset="us-ascii"', text, "us-ascii", "quoted-printable"),
        ("Content-Type: text/calendar; charset=\"utf-8\"; method=REQUEST\nContent-Transfer-Encoding: base64\n",
         base64.encodebytes(cal.replace("\n", "\r\n").encode("utf-8")))])  # iCalendar wants CRLF inside
    top = T.internal(mbox, org_addr, d, "exch02.alliant-energy.com", "10.20.8.52")
    hdr = (top + f"From: {organizer} <{org_addr}>\nTo: Customer Care <{T.rcpt(mbox)}>\nSubject: {subject}\n"
           f"Thread-Topic: {subject}\nDate: {rfc(d)}\nMessage-ID: <{rhex(32).upper()}@exch02.alliant-energy.com>\n"
           "Accept-Language: en-US\nContent-Language: en-US\nX-MS-Has-Attach:\nX-MS-TNEF-Correlator:\n"
           "MIME-Version: 1.0\n" + alt_ct)
    return finish(hdr, alt_body)
