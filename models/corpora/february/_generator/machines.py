# -*- coding: utf-8 -*-
"""Machine mail of the fortnight (auto-replies, bounces, lists, vendors, phishing ...) and the two
software unsubscribes that need their own headers.  Each spec carries a render(spec, rng) function."""
import ours
from mime import (CRLF, Leaf, Multi, text_leaf, encode_words, mailbox, subject_value, fold, rfc_date,
                  add, parse_date, tok, uuid_upper, uuid_lower, HEXU, HEXL, ALNUM, B64CH, esc,
                  b64_encode, qp_encode)

SPECS = []

AR = "automated: auto-reply"
LOOP = "automated: auto-reply (loop trap)"
BOUNCE = "automated: bounce"
LIST = "automated: list/newsletter"
NOTE = "automated: notification"
SPAM = "automated: spam/phishing"
CAL = "automated: calendar invitation"
MDN = "automated: read receipt"
CR = "automated: challenge-response"
COLD = "automated: cold outreach"


def M(id, date, box, prog, frm, cat, note, render, lang="en", **kw):
    d = {"id": id, "date": date, "box": box, "prog": prog, "frm": frm, "cat": cat, "note": note,
         "render": render, "lang": lang, "automated": True, "labels": [], "unclear": False,
         "entities": {}, "ack": None}
    d.update(kw)
    SPECS.append(d)
    return d


def H(lines, name, value):
    if value is not None:
        lines.append(fold(name, value))


def out(env_from, peer, headers, top, auth=None, tls=True, spf="pass", dmarc=None, policy=None):
    r = {"env_from": env_from, "peer": peer, "headers": headers, "top": top, "auth": auth, "tls": tls,
         "spf": spf}
    if dmarc:
        r["dmarc"] = dmarc
    if policy:
        r["dmarc_policy"] = policy
    return r


def alt(rng, plain, html, charset="utf-8", pcte="quoted-printable", hcte="quoted-printable", boundary=None,
        pct=None, hct=None):
    b = boundary or ("=_alt_" + tok(rng, 24, HEXL))
    return Multi(['Content-Type: multipart/alternative; boundary="%s"' % b], b, [
        text_leaf(plain, pct or 'text/plain; charset="%s"' % charset, pcte, charset),
        text_leaf(html, hct or 'text/html; charset="%s"' % charset, hcte, charset)])


def simple_html(paras, style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222"):
    body = "\n".join("<p>%s</p>" % p for p in paras)
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '</head>\n<body style="%s">\n%s\n</body>\n</html>\n' % (style, body))


def exchange_ooo(spec, rng, orig, body, subject_prefix="Automatic reply: ", lang="en-US"):
    """An Exchange Online out-of-office, the way Outlook answers a message."""
    dt = parse_date(spec["date"])
    name, addr = spec["frm"]
    dom = addr.split("@")[1]
    pod = "%sPR%02dMB%04d" % (rng.choice(["CH0", "DM8", "BN0", "SJ0", "MW5"]), rng.randint(10, 19), rng.randint(1000, 9999))
    mid = "<%s%s@%s.namprd%02d.prod.outlook.com>" % (pod, tok(rng, 22, HEXU), pod, rng.randint(10, 19))
    hs = ["Received: from %s.namprd12.prod.outlook.com (2603:10b6:%d:%s::%d) by%s %s.namprd12.prod.outlook.com with HTTPS; %s" % (
        pod, rng.randint(100, 999), tok(rng, 3, HEXL), rng.randint(5, 30), CRLF, pod, rfc_date(dt, "+0000"))]
    hs.append("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=selector1;%s h=From:Date:Subject:Message-ID:Content-Type:MIME-Version;%s bh=%s=;%s b=%s%s %s==" % (
        dom, CRLF, CRLF, tok(rng, 43, B64CH), CRLF, tok(rng, 70, B64CH), CRLF, tok(rng, 60, B64CH)))
    H(hs, "From", mailbox(name, addr))
    H(hs, "To", mailbox(orig["from_name"], orig["from_addr"]))
    H(hs, "Subject", subject_value(subject_prefix + orig["subject"]))
    H(hs, "Thread-Topic", subject_value(orig["subject"]))
    H(hs, "Thread-Index", "AQH" + tok(rng, 22, B64CH) + "==")
    H(hs, "Date", rfc_date(dt, "+0000"))
    H(hs, "Message-ID", mid)
    H(hs, "References", orig["msgid"])
    H(hs, "In-Reply-To", orig["msgid"])
    H(hs, "Auto-Submitted", "auto-replied")
    H(hs, "X-MS-Has-Attach", "")
    H(hs, "X-Auto-Response-Suppress", "All")
    H(hs, "X-MS-Exchange-Inbox-Rules-Loop", addr)
    H(hs, "X-MS-TNEF-Correlator", "")
    H(hs, "Content-Language", lang)
    hs.append(None)
    H(hs, "MIME-Version", "1.0")
    html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n'
            '<body>\n<div style="font-family: Aptos, Calibri, sans-serif; font-size: 12pt;">\n'
            + "\n".join("<p>%s</p>" % "<br>\n".join(esc(l) for l in p.split("\n")) for p in body.strip("\n").split("\n\n"))
            + '\n</div>\n</body>\n</html>\n')
    top = alt(rng, body, html, boundary="_000_%s_" % mid.strip("<>").replace("@", "").replace(".", "")[:60])
    host = "mail-%snam12on2%03d.outbound.protection.outlook.com" % (rng.choice(["bn8", "dm6", "co1", "mw2"]), rng.randint(100, 999))
    return out("", ("NAM12-BN8-obe.outbound.protection.outlook.com", host, "40.107.%d.%d" % (rng.randint(1, 250), rng.randint(2, 250))),
               hs, top, auth=(dom, "selector1", "pass"))


def postfix_dsn(spec, rng, orig, rcpt, action, status, diag, remote, host="out1.mail.alliant-energy.com",
                delayed=False):
    """A Postfix delivery status notification from our own outbound relay."""
    dt = parse_date(spec["date"])
    qid = tok(rng, 10, HEXU)
    b = "%s.%d/%s" % (qid, int(dt.timestamp()), host)
    hs = []
    H(hs, "From", "MAILER-DAEMON@%s (Mail Delivery System)" % host)
    H(hs, "Subject", "Delayed Mail (still being retried)" if delayed else "Undelivered Mail Returned to Sender")
    H(hs, "To", orig["from_addr"])
    H(hs, "Auto-Submitted", "auto-replied")
    H(hs, "MIME-Version", "1.0")
    hs.append(None)
    H(hs, "Content-Transfer-Encoding", "8bit")
    H(hs, "Message-Id", "<%s.%s@%s>" % (dt.strftime("%Y%m%d%H%M%S"), qid, host))
    H(hs, "Date", rfc_date(dt, "-0600", pad=False) + " (CST)")
    if delayed:
        human = """\
This is the mail system at host %s.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<%s>: %s
""" % (host, rcpt, diag)
    else:
        human = """\
This is the mail system at host %s.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<%s>: host %s said: %s
""" % (host, rcpt, remote, diag)
    ds = """\
Reporting-MTA: dns; %s
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; %s
Arrival-Date: %s

Final-Recipient: rfc822; %s
Original-Recipient: rfc822;%s
Action: %s
Status: %s
Remote-MTA: dns; %s
Diagnostic-Code: smtp; %s
""" % (host, qid, orig["from_addr"], rfc_date(orig["date"]), rcpt, rcpt, action, status, remote.split(" ")[0],
       diag.replace("\n", " "))
    if delayed:
        ds += "Will-Retry-Until: %s\n" % rfc_date(add(orig["date"], 5 * 86400))
    oh = """\
Return-Path: <%s>
Received: by %s (Postfix, from userid 1001)
	id %s; %s
From: %s <%s>
To: %s
Subject: %s
Date: %s
Message-ID: %s
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_ae_%s"
""" % (orig["from_addr"], host, qid, rfc_date(orig["date"], pad=True, comment=True), orig["from_name"],
       orig["from_addr"], rcpt, orig["subject"], rfc_date(orig["date"]), orig["msgid"], tok(rng, 12, HEXL))
    if orig.get("auto"):
        oh += "Auto-Submitted: auto-replied\n"
    if orig.get("list_unsub"):
        oh += "List-Unsubscribe: %s\n" % orig["list_unsub"]
    parts = [text_leaf(human, "text/plain; charset=us-ascii", None, extra=["Content-Description: Notification"]),
             text_leaf(ds, "message/delivery-status", None, extra=["Content-Description: Delivery report"]),
             text_leaf(oh, "text/rfc822-headers", None, extra=["Content-Description: Undelivered Message Headers"])]
    top = Multi(['Content-Type: multipart/report; report-type=delivery-status;%s\tboundary="%s"' % (CRLF, b)], b, parts,
                preamble="This is a MIME-encapsulated message.")
    return out("", (host, host, "10.40.3.21"), hs, top, auth=None, tls=False)


# ============================================================== software unsubscribe with its own headers

def r_tidybox(spec, rng):
    dt = parse_date(spec["date"])
    hs = []
    hs.append("Received: from tidybox-worker-%d (ip-10-0-4-%d.ec2.internal [10.0.4.%d])%s\tby smtp-out.relay.tidybox.app (Postfix) with ESMTPSA id %s%s\tfor <customercare@alliant-energy.com>; %s" % (
        rng.randint(1, 9), 177, 177, CRLF,
        tok(rng, 10, HEXU), CRLF, rfc_date(dt, "+0000", comment=True)))
    hs.append("DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple; s=tb1; d=relay.tidybox.app;%s\tt=%d; h=From:To:Subject:Date:Message-ID:Auto-Submitted; bh=%s=;%s\tb=%s%s\t%s==" % (
        CRLF, int(dt.timestamp()), tok(rng, 43, B64CH), CRLF, tok(rng, 70, B64CH), CRLF, tok(rng, 60, B64CH)))
    H(hs, "From", '"TidyBox on behalf of a subscriber" <unsubscribe@relay.tidybox.app>')
    H(hs, "To", "customercare@alliant-energy.com")
    H(hs, "Subject", "unsubscribe AE-NL-2701-HEA")
    H(hs, "Date", rfc_date(dt, "+0000"))
    H(hs, "Message-ID", "<unsub.%s@relay.tidybox.app>" % uuid_lower(rng))
    H(hs, "Auto-Submitted", "auto-generated")
    H(hs, "X-Mailer", "TidyBox Unsubscriber/3.2")
    H(hs, "MIME-Version", "1.0")
    hs.append(None)
    body = """\
Unsubscribe request sent by TidyBox on behalf of a TidyBox user.

Subscribed address: m.webb.ia@outlook.com
List: Alliant Energy <customercare@alliant-energy.com>
List-Unsubscribe: <mailto:customercare@alliant-energy.com?subject=unsubscribe%20AE-NL-2701-HEA>
Requested: 2027-02-01 16:04 UTC

TidyBox helps people clean up their inbox. Questions: help@tidybox.app
"""
    top = text_leaf(body, "text/plain; charset=utf-8", "7bit")
    return out("bounces+%s@relay.tidybox.app" % tok(rng, 10, HEXL),
               ("smtp-out.relay.tidybox.app", "smtp-out.relay.tidybox.app", "54.240.%d.%d" % (rng.randint(1, 99), rng.randint(2, 250))),
               hs, top, auth=("relay.tidybox.app", "tb1", "pass"))


M("p03", "2027-02-01 10:05:02 -0600", "customercare", "tidybox-relay",
  ("TidyBox on behalf of a subscriber", "unsubscribe@relay.tidybox.app"),
  "List-Unsubscribe mailto: from an inbox-cleaning service",
  "Inbox-cleaning service pressing the January promotion's mailto: unsubscribe for its user: a person's opt-out (automated=false), but Auto-Submitted forbids an answer, so ack_to is null. The subscriber's address is not an entity.",
  r_tidybox, automated=False, labels=["marketing_opt_out"])


# ============================================================== auto-replies to the Valentine's e-mail

def r_m01(spec, rng):
    orig = ours.valentine("nsandberg@midwestcu.org", "11c0e2aa")
    body = """\
Thank you for your message. I am out of the office through Monday, February 8, with limited access to e-mail.

For account questions please contact Member Services at memberservices@midwestcu.org or 515-555-0160.

Nicole Sandberg
Marketing Coordinator | Midwest Community Credit Union
"""
    return exchange_ooo(spec, rng, orig, body)


M("m01", "2027-02-02 09:16:03 -0600", "powerhousecatalog", "exchange-online",
  ("Nicole Sandberg", "nsandberg@midwestcu.org"), AR,
  "Exchange out-of-office answering the Valentine's e-mail (Auto-Submitted, null Return-Path): never acknowledged.",
  r_m01)


def r_m02(spec, rng):
    orig = ours.valentine("jmschulte1978@gmail.com", "2ad4c019")
    return postfix_dsn(spec, rng, orig, "jmschulte1978@gmail.com", "failed", "5.1.1",
                       "550-5.1.1 The email account that you tried to reach does not exist. Please try\n"
                       "    double-checking the recipient's email address for typos or unnecessary spaces.\n"
                       "    For more information, go to https://support.google.com/mail/?p=NoSuchUser\n"
                       "    d75a77b69052e-4a3f0c1b2d7si1177352cf.301 - gsmtp (in reply to RCPT TO command)",
                       "gmail-smtp-in.l.google.com[142.250.115.26]")


M("m02", "2027-02-02 09:15:58 -0600", "powerhousecatalog", "postfix-dsn",
  ("Mail Delivery System", "MAILER-DAEMON@out1.mail.alliant-energy.com"), BOUNCE,
  "Our outbound relay's bounce of the Valentine's e-mail (multipart/report): machine mail, the quoted headers carry the campaign's unsubscribe text, not a request.",
  r_m02, mx="mx1")


def r_m03(spec, rng):
    dt = parse_date(spec["date"])
    orig = ours.valentine("adriana.solis.m@gmail.com", "5e7f0b33")
    hs = []
    hs.append("Received: by mail-oi1-f%d.google.com with SMTP id 5614622812f47-3f1b%sso%d.1;%s        %s" % (
        rng.randint(170, 199), tok(rng, 6, HEXL), rng.randint(10 ** 6, 10 ** 7), CRLF, rfc_date(dt, "-0800", comment=True)))
    hs.append("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;%s        d=gmail.com; s=20230601; t=%d; x=%d; darn=alliant-energy.com;%s        h=auto-submitted:subject:to:from:message-id:in-reply-to:references%s         :date:mime-version:from:to:cc:subject:date:message-id:reply-to;%s        bh=%s=;%s        b=%s%s         %s==" % (
        CRLF, int(dt.timestamp()), int(dt.timestamp()) + 604800, CRLF, CRLF, CRLF, tok(rng, 43, B64CH), CRLF,
        tok(rng, 70, B64CH), CRLF, tok(rng, 60, B64CH)))
    H(hs, "MIME-Version", "1.0")
    H(hs, "Date", rfc_date(dt, "-0600"))
    H(hs, "References", orig["msgid"])
    H(hs, "In-Reply-To", orig["msgid"])
    H(hs, "Message-ID", "<CA%s@mail.gmail.com>" % tok(rng, 56, B64CH.replace("/", "_")))
    H(hs, "From", mailbox("Adriana Solís", "adriana.solis.m@gmail.com"))
    H(hs, "To", mailbox("PowerHouse Catalog", ours.PH))
    H(hs, "Subject", subject_value("De vacaciones / Out of office"))
    H(hs, "Auto-Submitted", "auto-replied")
    hs.append(None)
    body = """\
Hola, gracias por su correo.

Estoy de vacaciones en Guadalajara hasta el 15 de febrero y tengo acceso limitado al correo. Les respondo a mi regreso.

Saludos,
Adriana Solís
"""
    html = '<div dir="ltr">' + "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in body.strip("\n").split("\n")) + "</div>\n"
    top = alt(rng, body, html, charset="UTF-8", boundary="000000000000" + tok(rng, 16, HEXL),
              pct='text/plain; charset="UTF-8"', hct='text/html; charset="UTF-8"')
    return out("adriana.solis.m@gmail.com", ("mail-oi1-f182.google.com", "mail-oi1-f182.google.com", "209.85.167.182"),
               hs, top, auth=("gmail.com", "20230601", "pass"))


M("m03", "2027-02-02 09:19:47 -0600", "powerhousecatalog", "gmail-vacation",
  ("Adriana Solís", "adriana.solis.m@gmail.com"), AR,
  "Spanish Gmail vacation responder to the Valentine's e-mail (Auto-Submitted: auto-replied): machine mail even though it sounds personal.",
  r_m03, lang="es")


def r_m27(spec, rng):
    dt = parse_date(spec["date"])
    orig = ours.valentine("hkoenig@mtcnet.net", "73bd9e01")
    hs = []
    H(hs, "Date", "%d %s %d %s -0000" % (dt.day, dt.strftime("%b"), dt.year, add(dt, 6 * 3600).strftime("%H:%M:%S")))
    H(hs, "From", "MAILER-DAEMON@mail.mtcnet.net")
    H(hs, "To", ours.PH)
    H(hs, "Subject", "failure notice")
    body = """\
Hi. This is the qmail-send program at mail.mtcnet.net.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<hkoenig@mtcnet.net>:
user is over quota

--- Below this line is a copy of the message.

Return-Path: <powerhousecatalog@alliant-energy.com>
Received: (qmail 21877 invoked from network); 2 Feb 2027 15:15:31 -0000
Received: from out1.mail.alliant-energy.com (HELO out1.mail.alliant-energy.com) (198.51.100.21)
  by mail.mtcnet.net with SMTP; 2 Feb 2027 15:15:31 -0000
From: PowerHouse Catalog <powerhousecatalog@alliant-energy.com>
To: hkoenig@mtcnet.net
Subject: Gifts that keep them warm: Valentine's picks from PowerHouse [PH-2702-VAL]
Date: Tue, 2 Feb 2027 09:15:00 -0600
Message-ID: %s
List-Unsubscribe: <mailto:powerhousecatalog@alliant-energy.com?subject=unsubscribe%%20PH-2702-VAL>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Valentine's Day is Sunday, February 14, and nothing says "I love you" in
February like warm toes.
""" % orig["msgid"]
    top = Leaf([], body.replace("\n", "\r\n").encode("ascii"))
    return out("", ("mail.mtcnet.net", "mail.mtcnet.net", "207.177.%d.%d" % (rng.randint(1, 250), rng.randint(2, 250))),
               hs, top, auth=None, tls=False)


M("m27", "2027-02-07 09:16:12 -0600", "powerhousecatalog", "qmail-bounce",
  ("", "MAILER-DAEMON@mail.mtcnet.net"), BOUNCE,
  "qmail 'failure notice' without MIME for the Valentine's e-mail after five days of retries (mailbox over quota); the copy below carries our unsubscribe header, not a request.",
  r_m27)


# ============================================================== auto-replies to Beat the Cold

def r_m04(spec, rng):
    """Sendmail-style returned mail from a small Iowa ISP that accepted, then could not deliver."""
    dt = parse_date(spec["date"])
    orig = ours.beat_the_cold("lhoffner@iowatelecom.net", "d19e7c04")
    b = "%s.%d/mx3.iowatelecom.net" % (tok(rng, 14, ALNUM), int(dt.timestamp()))
    hs = []
    H(hs, "Date", rfc_date(dt, "-0600"))
    H(hs, "From", "Mail Delivery Subsystem <MAILER-DAEMON@mx3.iowatelecom.net>")
    H(hs, "Message-Id", "<%s.%s@mx3.iowatelecom.net>" % (dt.strftime("%Y%m%d%H%M"), tok(rng, 14, ALNUM)))
    H(hs, "To", ours.CC)
    H(hs, "MIME-Version", "1.0")
    hs.append(None)
    H(hs, "Subject", "Returned mail: see transcript for details")
    H(hs, "Auto-Submitted", "auto-generated (failure)")
    human = """\
The original message was received at Wed, 3 Feb 2027 10:00:19 -0600
from out1.mail.alliant-energy.com [198.51.100.21]

   ----- The following addresses had permanent fatal errors -----
<lhoffner@iowatelecom.net>
    (reason: 552 5.2.2 Mailbox full)

   ----- Transcript of session follows -----
... while talking to mailstore2.iowatelecom.net.:
>>> DATA
<<< 552 5.2.2 Mailbox full
554 5.0.0 Service unavailable
"""
    ds = """\
Reporting-MTA: dns; mx3.iowatelecom.net
Received-From-MTA: DNS; out1.mail.alliant-energy.com
Arrival-Date: Wed, 3 Feb 2027 10:00:19 -0600

Final-Recipient: RFC822; lhoffner@iowatelecom.net
Action: failed
Status: 5.2.2
Remote-MTA: DNS; mailstore2.iowatelecom.net
Diagnostic-Code: SMTP; 552 5.2.2 Mailbox full
Last-Attempt-Date: Wed, 3 Feb 2027 10:00:41 -0600
"""
    oh = """\
Return-Path: <customercare@alliant-energy.com>
Received: from out1.mail.alliant-energy.com (out1.mail.alliant-energy.com [198.51.100.21])
	by mx3.iowatelecom.net (8.15.2/8.15.2) with ESMTP id 513G0JkQ021877
	for <lhoffner@iowatelecom.net>; Wed, 3 Feb 2027 10:00:19 -0600
From: Alliant Energy <customercare@alliant-energy.com>
To: lhoffner@iowatelecom.net
Subject: Beat the Cold: up to $75 back when you seal the drafts [AE-NL-2702-BTC]
Date: Wed, 3 Feb 2027 10:00:00 -0600
Message-ID: %s
List-Unsubscribe: <mailto:customercare@alliant-energy.com?subject=unsubscribe&body=AE-NL-2702-BTC>
""" % orig["msgid"]
    parts = [text_leaf(human, "text/plain", None),
             text_leaf(ds, "message/delivery-status", None),
             text_leaf(oh, "text/rfc822-headers", None)]
    top = Multi(['Content-Type: multipart/report; report-type=delivery-status;%s\tboundary="%s"' % (CRLF, b)], b, parts,
                preamble="This is a MIME-encapsulated message")
    return out("", ("mx3.iowatelecom.net", "mx3.iowatelecom.net", "216.51.%d.%d" % (rng.randint(1, 250), rng.randint(2, 250))),
               hs, top, auth=None, tls=True)


M("m04", "2027-02-03 10:00:44 -0600", "customercare", "sendmail-dsn",
  ("Mail Delivery Subsystem", "MAILER-DAEMON@mx3.iowatelecom.net"), BOUNCE,
  "Sendmail DSN (mailbox full) for the Beat the Cold e-mail; the returned headers include our List-Unsubscribe, which is not a request.",
  r_m04)


def r_m05(spec, rng):
    """Headerless 'no longer monitored' auto-reply (no Auto-Submitted, no Precedence)."""
    dt = parse_date(spec["date"])
    orig = ours.beat_the_cold("rhalverson@valleyagcoop.com", "c0ffee21")
    name, addr = spec["frm"]
    hs = []
    H(hs, "From", mailbox(name, addr))
    H(hs, "To", mailbox(orig["from_name"], orig["from_addr"]))
    H(hs, "Subject", "RE: " + orig["subject"])
    H(hs, "Thread-Topic", orig["subject"])
    H(hs, "Thread-Index", "AQH" + tok(rng, 22, B64CH) + "==")
    H(hs, "Date", rfc_date(dt, "+0000"))
    mid = "<DM8PR14MB%04d%s@DM8PR14MB%04d.namprd14.prod.outlook.com>" % (rng.randint(1000, 9999), tok(rng, 20, HEXU), rng.randint(1000, 9999))
    H(hs, "Message-ID", mid)
    H(hs, "References", orig["msgid"])
    H(hs, "In-Reply-To", orig["msgid"])
    H(hs, "Content-Language", "en-US")
    hs.append(None)
    H(hs, "MIME-Version", "1.0")
    body = """\
This mailbox is no longer monitored.

Rick Halverson retired from Valley Ag Cooperative on December 31, 2026. For agronomy orders, please write to orders@valleyagcoop.com. For feed and grain, call the Elkader office at 563-555-0119.

Valley Ag Cooperative | Elkader - Guttenberg - Strawberry Point
"""
    html = simple_html([esc(p).replace("\n", "<br>") for p in body.strip("\n").split("\n\n")])
    top = alt(rng, body, html, charset="us-ascii", boundary="_000_" + mid.strip("<>").replace("@", "").replace(".", "")[:60] + "_")
    return out(addr, ("NAM04-DM6-obe.outbound.protection.outlook.com", "mail-dm6nam04on2%03d.outbound.protection.outlook.com" % rng.randint(100, 999),
                      "40.107.%d.%d" % (rng.randint(1, 250), rng.randint(2, 250))),
               hs, top, auth=("valleyagcoop.com", "selector1", "pass"))


M("m05", "2027-02-03 10:01:37 -0600", "customercare", "exchange-online",
  ("Rick Halverson", "rhalverson@valleyagcoop.com"), AR,
  "Headerless 'mailbox no longer monitored' reply to the Beat the Cold e-mail: no Auto-Submitted, but an auto-reply all the same (LABELS).",
  r_m05)


def r_m06(spec, rng):
    orig = ours.beat_the_cold("mochoa@cedarvalleyschools.org", "9e2b4d70")
    body = """\
Thank you for your email. I am out of the office until Monday, February 8, and will reply when I return. For attendance, please call the front office at 319-555-0145.

Gracias por su correo. Estaré fuera de la oficina hasta el lunes 8 de febrero y le responderé a mi regreso. Para asistencia, llame a la oficina al 319-555-0145.

Mariana Ochoa
Family Liaison / Enlace Familiar
Cedar Valley Community Schools
"""
    return exchange_ooo(spec, rng, orig, body)


M("m06", "2027-02-03 10:02:11 -0600", "customercare", "exchange-online",
  ("Mariana Ochoa", "mochoa@cedarvalleyschools.org"), AR,
  "Bilingual English/Spanish out-of-office to the Beat the Cold e-mail: machine mail.",
  r_m06, lang="mixed")


def r_m07(spec, rng):
    dt = parse_date(spec["date"])
    hs = []
    H(hs, "Date", rfc_date(dt, "-0600"))
    H(hs, "From", '"MailGuardian Verification" <verify@mailguardian-cr.net>')
    H(hs, "To", ours.CC)
    H(hs, "Subject", "Please verify your message to lhoffner2@netins.net")
    H(hs, "Message-ID", "<cr.%s@mailguardian-cr.net>" % tok(rng, 20, HEXL))
    H(hs, "Auto-Submitted", "auto-replied")
    H(hs, "Precedence", "junk")
    H(hs, "X-MailGuardian-Challenge", tok(rng, 24, ALNUM))
    H(hs, "MIME-Version", "1.0")
    hs.append(None)
    plain = """\
Hello,

You recently sent a message to lhoffner2@netins.net. This person uses MailGuardian to block unwanted mail. To confirm you are a real person, please click the link below. Your message will then be delivered, and future messages from you will go straight through.

https://verify.mailguardian-cr.net/c/%s

Original subject: Beat the Cold: up to $75 back when you seal the drafts [AE-NL-2702-BTC]
Sent: Wed, 3 Feb 2027 10:00:00 -0600

If you did not send this message, you can ignore this request.
MailGuardian - Challenge/Response spam protection
""" % tok(rng, 32, ALNUM)
    html = simple_html([esc(p).replace("\n", "<br>") for p in plain.strip("\n").split("\n\n")])
    top = alt(rng, plain, html, charset="utf-8", pcte="7bit")
    return out("bounce-%s@mailguardian-cr.net" % tok(rng, 8, HEXL),
               ("mta2.mailguardian-cr.net", "mta2.mailguardian-cr.net", "192.0.2.%d" % rng.randint(10, 250)),
               hs, top, auth=("mailguardian-cr.net", "mg", "pass"))


M("m07", "2027-02-03 10:30:22 -0600", "customercare", "challenge-response",
  ("MailGuardian Verification", "verify@mailguardian-cr.net"), CR,
  "Challenge-response verification for the Beat the Cold e-mail: nobody asked anything; never acknowledge or click.",
  r_m07)


# ============================================================== lists, newsletters

def r_m08(spec, rng):
    dt = parse_date(spec["date"])
    hs = []
    H(hs, "Date", rfc_date(dt, "+0000"))
    H(hs, "From", "GridWeek <digest@gridweek-news.com>")
    H(hs, "Reply-To", "GridWeek Editors <editors@gridweek-news.com>")
    H(hs, "To", ours.CC)
    H(hs, "Subject", "GridWeek Digest: Polar vortex tests Midwest reserves; FERC winterization update")
    H(hs, "Message-ID", "<%s.%d@send.gridweek-news.com>" % (tok(rng, 24, HEXL), rng.randint(10 ** 5, 10 ** 6)))
    H(hs, "List-Id", "GridWeek Digest <digest.gridweek-news.com>")
    H(hs, "List-Unsubscribe", "<https://gridweek-news.com/u/%s>, <mailto:unsub-%s@send.gridweek-news.com>" % (tok(rng, 20, ALNUM), tok(rng, 12, HEXL)))
    H(hs, "List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
    H(hs, "Precedence", "bulk")
    H(hs, "Feedback-ID", "gw2702:digest:gridweek")
    H(hs, "MIME-Version", "1.0")
    hs.append(None)
    plain = """\
GRIDWEEK DIGEST | Monday, February 1, 2027

1. Polar vortex tests Midwest reserves
MISO called a conservative operations alert for two days last week as
temperatures fell below -15F across Iowa and Wisconsin. Peak load set a
winter record.

2. FERC winterization update
The Commission's staff report on cold-weather standards is due in March.
Generators told us the new inspection rules are "manageable but tight."

3. Utilities push winter rebates
Several Midwest utilities are running February weatherization
promotions; one co-op reports claims doubled after a cold-snap e-mail.

4. People
Appointments at three state commissions; see the full list online.

--
You are receiving GridWeek Digest because you subscribed at
gridweek-news.com. Manage your preferences or unsubscribe:
https://gridweek-news.com/preferences
GridWeek Media, 1200 G St NW, Washington, DC 20005
"""
    html = simple_html(["<b>GRIDWEEK DIGEST</b> | Monday, February 1, 2027"] +
                       [esc(p).replace("\n", " ") for p in plain.strip("\n").split("\n\n")[1:]])
    top = alt(rng, plain, html, charset="utf-8", pcte="7bit")
    return out("bounce-%s@send.gridweek-news.com" % tok(rng, 16, HEXL),
               ("o%d.send.gridweek-news.com" % rng.randint(1, 9), "o3.send.gridweek-news.com", "149.72.%d.%d" % (rng.randint(1, 250), rng.randint(2, 250))),
               hs, top, auth=("gridweek-news.com", "s1", "pass"))


M("m08", "2027-02-01 05:30:09 -0600", "customercare", "newsletter",
  ("GridWeek", "digest@gridweek-news.com"), LIST,
  "Industry newsletter with List-Id and Precedence: bulk; its 'unsubscribe' footer is its own.",
  r_m08)


def r_m22(spec, rng):
    dt = parse_date(spec["date"])
    hs = []
    H(hs, "Date", rfc_date(dt, "-0600"))
    H(hs, "From", '"Greater Cedar Valley Chamber" <news@cedarvalleychamber.org>')
    H(hs, "To", "Alliant Energy <customercare@alliant-energy.com>")
    H(hs, "Subject", "February Chamber Update: Annual Dinner, Legislative Day, Welcome New Members")
    H(hs, "Message-ID", "<%s@mail%d.suw%02d.rsgsv.net>" % (tok(rng, 32, HEXL), rng.randint(1, 200), rng.randint(1, 20)))
    H(hs, "List-Unsubscribe", "<https://cedarvalleychamber.us21.list-manage.com/unsubscribe?u=%s&id=%s>" % (tok(rng, 25, HEXL), tok(rng, 10, HEXL)))
    H(hs, "List-Id", "%s_%s.%d.list-id.mcsv.net" % (tok(rng, 25, HEXL), tok(rng, 10, HEXL), rng.randint(100000, 999999)))
    H(hs, "X-Mailer", "Mailchimp Mailer - **CID%s**" % tok(rng, 20, HEXL))
    H(hs, "Precedence", "bulk")
    H(hs, "MIME-Version", "1.0")
    hs.append(None)
    html = """\
<!doctype html><html><head><meta charset="UTF-8"><title>February Chamber Update</title></head>
<body style="margin:0;padding:0;background:#f2f2f2">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Georgia,serif;color:#333">
<tr><td style="padding:24px"><h1 style="color:#1f4e79">February Chamber Update</h1>
<p>Our members kept the lights on and the coffee hot through last week's storm &ndash; thank you.</p>
<h2>Annual Dinner &ndash; March 4</h2>
<p>Tickets are going fast. Table sponsors get logo placement in the program.</p>
<h2>Legislative Day in Des Moines &ndash; February 24</h2>
<p>Ride the bus with us and meet your legislators. Seats are limited.</p>
<h2>Welcome, New Members</h2>
<p>Prairie Roots Bakery &bull; Hanson Heating &amp; Air &bull; Kline Family Dental</p>
<p style="font-size:11px;color:#888">You are receiving this e-mail because you are a member of the Greater Cedar Valley Chamber.<br>
<a href="https://cedarvalleychamber.us21.list-manage.com/profile">Update your preferences</a> or
<a href="https://cedarvalleychamber.us21.list-manage.com/unsubscribe">unsubscribe from this list</a>.</p>
</td></tr></table></td></tr></table></body></html>
"""
    top = text_leaf(html, 'text/html; charset="utf-8"', "quoted-printable")
    return out("bounce-mc.us21_%d.%d-customercare=alliant-energy.com@mail%d.suw%02d.mcdlv.net" % (
        rng.randint(10 ** 7, 10 ** 8), rng.randint(10 ** 5, 10 ** 6), rng.randint(1, 200), rng.randint(1, 20)),
        ("mail%d.suw%02d.mcdlv.net" % (rng.randint(1, 200), rng.randint(1, 20)), "mail180.suw13.mcdlv.net", "198.2.%d.%d" % (rng.randint(128, 191), rng.randint(2, 250))),
        hs, top, auth=("mcdlv.net", "k2", "pass"), dmarc="pass")


M("m22", "2027-02-11 07:02:44 -0600", "customercare", "mailchimp",
  ("Greater Cedar Valley Chamber", "news@cedarvalleychamber.org"), LIST,
  "Chamber of commerce newsletter, HTML only, via a bulk sender: automated; its unsubscribe links are its own.",
  r_m22)


def r_m23(spec, rng):
    dt = parse_date(spec["date"])
    hs = []
    H(hs, "From", "Gail Fortney <gfortney@northstarcatalogs.com>")
    H(hs, "To", "catops-l@lists.catalogops.org")
    H(hs, "Cc", "PowerHouse Catalog <powerhousecatalog@alliant-energy.com>")
    H(hs, "Subject", "Re: [CATOPS-L] Suppression file timing for spring drops")
    H(hs, "Date", rfc_date(dt, "-0600"))
    H(hs, "Message-ID", "<%s@northstarcatalogs.com>" % uuid_lower(rng))
    H(hs, "In-Reply-To", "<20270210.catops.q1@alliant-energy.com>")
    H(hs, "References", "<20270210.catops.q1@alliant-energy.com>")
    H(hs, "Sender", '"CATOPS-L" <catops-l-bounces@lists.catalogops.org>')
    H(hs, "List-Id", "Catalog operations practitioners <catops-l.lists.catalogops.org>")
    H(hs, "List-Post", "<mailto:catops-l@lists.catalogops.org>")
    H(hs, "List-Unsubscribe", "<https://lists.catalogops.org/mailman/options/catops-l>, <mailto:catops-l-request@lists.catalogops.org?subject=unsubscribe>")
    H(hs, "List-Archive", "<https://lists.catalogops.org/pipermail/catops-l/>")
    H(hs, "Precedence", "list")
    H(hs, "X-BeenThere", "catops-l@lists.catalogops.org")
    H(hs, "MIME-Version", "1.0")
    hs.append(None)
    body = """\
We pull opt-outs and do-not-share flags 10 business days before the
merge/purge. Anything that arrives later goes on the next drop, which is
why customers see "one more catalog" after they asked to stop. We say so
in the confirmation and it cut complaints by about half.

For list rentals we apply the do-not-share flag at the exchange, not at
the printer, so a late opt-out still keeps the name off the rental file.

Gail

PowerHouse Catalog wrote:
> Does anyone have a rule of thumb for how late an opt-out can come in
> and still make the spring drop?

_______________________________________________
CATOPS-L mailing list
catops-l@lists.catalogops.org
https://lists.catalogops.org/mailman/listinfo/catops-l
"""
    top = text_leaf(body, "text/plain; charset=us-ascii; format=flowed", "7bit")
    return out("catops-l-bounces@lists.catalogops.org",
               ("lists.catalogops.org", "lists.catalogops.org", "203.0.113.%d" % rng.randint(10, 250)),
               hs, top, auth=("lists.catalogops.org", "list", "pass"), dmarc="none")


M("m23", "2027-02-11 14:18:06 -0600", "powerhousecatalog", "mailman",
  ("Gail Fortney", "gfortney@northstarcatalogs.com"), LIST,
  "Mailing-list post among catalog operations people, Cc'd to us because our catalog team asked the list: full of opt-out and do-not-share words, but list traffic, not a request (LABELS).",
  r_m23)


def r_m26(spec, rng):
    dt = parse_date(spec["date"])
    hs = []
    H(hs, "Date", rfc_date(dt, "+0000"))
    H(hs, "From", "TaxEase <newsletter@taxease-mail.com>")
    H(hs, "To", ours.CC)
    H(hs, "Subject", "5 deductions homeowners miss (energy credits are #3)")
    H(hs, "Message-ID", "<0100018d%s-%s-000000@email.amazonses.com>" % (tok(rng, 8, HEXL), uuid_lower(rng)))
    H(hs, "List-Unsubscribe", "<https://taxease-mail.com/unsub?e=%s>" % tok(rng, 30, ALNUM))
    H(hs, "List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
    H(hs, "Precedence", "bulk")
    H(hs, "MIME-Version", "1.0")
    hs.append(None)
    plain = """\
TaxEase Weekly - February 13, 2027

Tax season is here. Before you file, check these five:

1. Home office: use actual utility bills, not estimates.
2. Property taxes paid through escrow.
3. Energy-efficient home improvement credit (Form 5695): insulation,
   doors, windows and heat pumps can qualify. Keep your receipts, and
   remember that a utility rebate lowers the cost you claim.
4. Mortgage points on a refinance.
5. State energy credits, if your state has one.

Start your return: https://taxease-mail.com/start

You signed up for TaxEase Weekly. Unsubscribe: https://taxease-mail.com/unsub
TaxEase Software, Inc., 77 Market St, Boise, ID 83702
"""
    html = simple_html([esc(p).replace("\n", "<br>") for p in plain.strip("\n").split("\n\n")])
    top = alt(rng, plain, html, pcte="7bit")
    return out("0100018d%s@amazonses.com" % tok(rng, 40, HEXL),
               ("a8-%d.smtp-out.amazonses.com" % rng.randint(10, 99), "a8-41.smtp-out.amazonses.com", "54.240.8.%d" % rng.randint(10, 99)),
               hs, top, auth=("taxease-mail.com", "ses1", "pass"), dmarc="pass")


M("m26", "2027-02-13 12:00:31 -0600", "customercare", "amazon-ses",
  ("TaxEase", "newsletter@taxease-mail.com"), LIST,
  "Tax-season newsletter someone subscribed the shared mailbox to: bulk mail, automated.",
  r_m26)


# ============================================================== vendor and system notices

def r_m09(spec, rng):
    dt = parse_date(spec["date"])
    b = "----=_Part_%d_%d.%d" % (rng.randint(10 ** 5, 10 ** 6), rng.randint(10 ** 8, 10 ** 9), int(dt.timestamp() * 1000))
    hs = []
    H(hs, "Date", rfc_date(dt, "-0600"))
    H(hs, "From", '"Lakeshore Direct Job Tracker" <jobs@lakeshoredirect.com>')
    H(hs, "To", "powerhousecatalog@alliant-energy.com, kalbers@lakeshoredirect.com")
    H(hs, "Subject", "Job 27-0211 PowerHouse Spring 2027 - merge/purge & suppression summary")
    H(hs, "Message-ID", "<jobtracker.27-0211.%s@lakeshoredirect.com>" % tok(rng, 10, HEXL))
    H(hs, "Auto-Submitted", "auto-generated")
    H(hs, "X-Mailer", "JobTracker 8.4")
    H(hs, "MIME-Version", "1.0")
    hs.append(None)
    summary = """\
Job 27-0211  PowerHouse Catalog - Spring 2027
Step: merge/purge and suppression  COMPLETE  02/04/2027 13:42 CST

Input records ......................... 48,211
Duplicates removed ....................  2,307
NCOA moves updated ....................  1,877
Deceased suppression ..................     96
DMA Mail Preference suppression .......    611
PowerHouse do-not-mail (opt-out) ......  3,214
Do-not-share flag applied (rental) ....  1,204
Final mail quantity ................... 41,983

Please approve counts by 02/10 to hold the 02/22 drop date.
Detail file attached (suppression_summary_27-0211.csv).

This is an automated message from Lakeshore Direct JobTracker.
"""
    csv = ("category,count\r\ninput,48211\r\nduplicates,2307\r\nncoa_moves,1877\r\ndeceased,96\r\n"
           "dma_mps,611\r\nph_do_not_mail,3214\r\nph_do_not_share,1204\r\nfinal_mail_qty,41983\r\n")
    parts = [text_leaf(summary, "text/plain; charset=us-ascii", "7bit"),
             Leaf(['Content-Type: text/csv; name="suppression_summary_27-0211.csv"',
                   "Content-Transfer-Encoding: base64",
                   'Content-Disposition: attachment; filename="suppression_summary_27-0211.csv"'],
                  b64_encode(csv.encode("ascii")))]
    top = Multi(['Content-Type: multipart/mixed; boundary="%s"' % b], b, parts)
    return out("bounce@lakeshoredirect.com", ("smtp.lakeshoredirect.com", "smtp.lakeshoredirect.com", "198.51.100.%d" % rng.randint(60, 90)),
               hs, top, auth=("lakeshoredirect.com", "ls1", "pass"))


M("m09", "2027-02-04 13:43:10 -0600", "powerhousecatalog", "jobtracker",
  ("Lakeshore Direct Job Tracker", "jobs@lakeshoredirect.com"), NOTE,
  "Mail house's suppression report with a CSV: vendor system mail; 'opt-out' and 'do-not-share' are counts, not anyone's request.",
  r_m09)


def r_m24(spec, rng):
    dt = parse_date(spec["date"])
    hs = []
    H(hs, "Date", rfc_date(dt, "+0000"))
    H(hs, "From", "Brightline CRM <notifications@brightlinecrm.com>")
    H(hs, "To", ours.PH)
    H(hs, "Subject", "Scheduled export \"PH_DoNotShare_Weekly\" is ready")
    H(hs, "Message-ID", "<export.%s@notify.brightlinecrm.com>" % uuid_lower(rng))
    H(hs, "Auto-Submitted", "auto-generated")
    H(hs, "X-Auto-Response-Suppress", "All")
    H(hs, "MIME-Version", "1.0")
    hs.append(None)
    plain = """\
Your scheduled export has finished.

Export: PH_DoNotShare_Weekly
Workspace: Alliant Energy - PowerHouse
Records: 37
Run at: Feb 12, 2027 6:00 AM CST

Download (link expires in 7 days):
https://app.brightlinecrm.com/exports/%s

You receive this because you are listed as a recipient of this export.
Manage notifications: https://app.brightlinecrm.com/settings/notifications
""" % tok(rng, 24, ALNUM)
    html = simple_html([esc(p).replace("\n", "<br>") for p in plain.strip("\n").split("\n\n")])
    top = alt(rng, plain, html, pcte="7bit")
    return out("bounces@notify.brightlinecrm.com", ("mta-07.notify.brightlinecrm.com", "mta-07.notify.brightlinecrm.com", "203.0.113.%d" % rng.randint(10, 250)),
               hs, top, auth=("brightlinecrm.com", "bl2024", "pass"), dmarc="pass")


M("m24", "2027-02-12 06:00:48 -0600", "powerhousecatalog", "crm-notice",
  ("Brightline CRM", "notifications@brightlinecrm.com"), NOTE,
  "CRM export notice for the do-not-share list: system mail, no request.",
  r_m24)


def r_m25(spec, rng):
    dt = parse_date(spec["date"])
    uid = tok(rng, 26, "abcdefghijklmnopqrstuvwxyz0123456789") + "@google.com"
    b1 = "000000000000" + tok(rng, 16, HEXL)
    hs = []
    H(hs, "MIME-Version", "1.0")
    H(hs, "Reply-To", "Kristin Albers <kalbers@lakeshoredirect.com>")
    H(hs, "Sender", "Google Calendar <calendar-notification@google.com>")
    H(hs, "Message-ID", "<calendar-%s@google.com>" % uuid_lower(rng))
    H(hs, "Date", rfc_date(dt, "+0000"))
    H(hs, "Subject", "Invitation: Q1 suppression file reconciliation @ Thu Feb 18, 2027 10am - 10:45am (CST) (customercare@alliant-energy.com)")
    H(hs, "From", "Kristin Albers <kalbers@lakeshoredirect.com>")
    H(hs, "To", ours.CC)
    hs.append(None)
    plain = """\
Kristin Albers has invited you to an event.

Q1 suppression file reconciliation
Thursday Feb 18, 2027 10am - 10:45am (Central Time - Chicago)

Agenda: compare the February opt-out and do-not-share files against the
spring drop, confirm the cut-off date for the summer catalog.

Join with Google Meet: https://meet.google.com/xqz-prhm-wtd

Reply for customercare@alliant-energy.com: Yes / No / Maybe

Invitation from Google Calendar
"""
    ics = """\
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20270218T160000Z
DTEND:20270218T164500Z
DTSTAMP:20270212T%sZ
ORGANIZER;CN=Kristin Albers:mailto:kalbers@lakeshoredirect.com
UID:%s
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=customercare@alliant-energy.com;X-NUM-GUESTS=0:mailto:customercare@
 alliant-energy.com
SUMMARY:Q1 suppression file reconciliation
DESCRIPTION:Agenda: compare the February opt-out and do-not-share files aga
 inst the spring drop\\, confirm the cut-off date for the summer catalog.
LOCATION:https://meet.google.com/xqz-prhm-wtd
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""" % (add(dt, 6 * 3600).strftime("%H%M%S"), uid)
    inner = Multi(['Content-Type: multipart/alternative; boundary="%s"' % b1], b1, [
        text_leaf(plain, 'text/plain; charset="UTF-8"; format=flowed; delsp=yes', "base64"),
        text_leaf(ics, 'text/calendar; charset="UTF-8"; method=REQUEST', "7bit")])
    return out("kalbers@lakeshoredirect.com", ("mail-sor-f73.google.com", "mail-sor-f73.google.com", "209.85.220.73"),
               hs, inner, auth=("google.com", "20230601", "pass"), dmarc="none")


M("m25", "2027-02-12 15:10:26 -0600", "customercare", "google-calendar",
  ("Kristin Albers", "kalbers@lakeshoredirect.com"), CAL,
  "Calendar invitation (text/calendar) from the mail house about opt-out files: automated by LABELS, no labels.",
  r_m25)


def r_m17(spec, rng):
    orig = ours.ack("rkoenen@iowatelecom.net", "CC-2027-02-00361", "2027-02-08 19:12:03 -0600")
    return postfix_dsn(spec, rng, orig, "rkoenen@iowatelecom.net", "delayed", "4.4.1",
                       "connect to mx3.iowatelecom.net[216.51.77.30]:25: Connection timed out",
                       "mx3.iowatelecom.net", delayed=True)


M("m17", "2027-02-08 23:14:20 -0600", "customercare", "postfix-dsn",
  ("Mail Delivery System", "MAILER-DAEMON@out1.mail.alliant-energy.com"), BOUNCE,
  "Delay warning for one of our acknowledgements during the storm (the recipient ISP was down): a DSN about our own ack, never answered.",
  r_m17)


def r_m21(spec, rng):
    dt = parse_date(spec["date"])
    b = "------------%s" % tok(rng, 24, ALNUM)
    orig_mid = "<staff.20270209.brandvold.4c1e@alliant-energy.com>"
    hs = []
    H(hs, "Message-ID", "<%s@brandvoldrentals.com>" % uuid_lower(rng))
    H(hs, "Date", rfc_date(dt, "-0600"))
    H(hs, "MIME-Version", "1.0")
    H(hs, "From", "Walt Brandvold <walt@brandvoldrentals.com>")
    H(hs, "User-Agent", "Mozilla Thunderbird")
    H(hs, "To", ours.CC)
    H(hs, "Subject", "Return Receipt (displayed) - Re: annual statements for rental units")
    H(hs, "In-Reply-To", orig_mid)
    H(hs, "References", orig_mid)
    hs.append(None)
    human = """\
This is a Return Receipt for the mail that you sent to walt@brandvoldrentals.com.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.
"""
    mdn = """\
Reporting-UA: brandvoldrentals.com; Thunderbird 128.7.0
Final-Recipient: rfc822;walt@brandvoldrentals.com
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed
""" % orig_mid
    parts = [text_leaf(human, "text/plain; charset=UTF-8", "7bit"),
             text_leaf(mdn, "message/disposition-notification; name=\"MDNPart2.txt\"", "7bit",
                       extra=['Content-Disposition: inline']),
             text_leaf("Message-ID: %s\nSubject: Re: annual statements for rental units\nFrom: Alliant Energy Customer Care <customercare@alliant-energy.com>\n" % orig_mid,
                       "text/rfc822-headers; name=\"MDNPart3.txt\"", "7bit", extra=["Content-Disposition: inline"])]
    top = Multi(['Content-Type: multipart/report; report-type=disposition-notification;%s boundary="%s"' % (CRLF, b)], b, parts,
                preamble="This is a multi-part message in MIME format.")
    return out("walt@brandvoldrentals.com", ("smtp-out2.mediacombb.net", "smtp-out2.mediacombb.net", "173.18.%d.%d" % (rng.randint(1, 250), rng.randint(2, 250))),
               hs, top, auth=None, spf="none")


M("m21", "2027-02-10 07:31:02 -0600", "customercare", "thunderbird-mdn",
  ("Walt Brandvold", "walt@brandvoldrentals.com"), MDN,
  "Read receipt (MDN) for a staff answer to a landlord's tax question: machine mail even though a known customer's address sent it.",
  r_m21)


# ============================================================== loop traps: auto-replies to our acknowledgement

def r_m18(spec, rng):
    orig = ours.ack("mbruening@bruening-ag.com", "CC-2027-02-00371", "2027-02-09 07:10:41 -0600")
    body = """\
I'm out checking cattle and clearing snow after the storm and have very limited e-mail until Friday. If it's urgent, call or text my cell, 563-555-0173.

Mark Bruening
Bruening Ag LLC
"""
    return exchange_ooo(spec, rng, orig, body)


M("m18", "2027-02-09 07:10:58 -0600", "customercare", "exchange-online",
  ("Mark Bruening", "mbruening@bruening-ag.com"), LOOP,
  "LOOP TRAP: Exchange out-of-office answering our acknowledgement; answering it would start a loop.",
  r_m18)


def r_m19(spec, rng):
    dt = parse_date(spec["date"])
    orig = ours.ack("office@prairielakespm.com", "CC-2027-02-00384", "2027-02-09 15:22:10 -0600")
    hs = []
    H(hs, "Date", rfc_date(dt, "+0000"))
    H(hs, "From", '"Prairie Lakes PM Support" <support@prairielakespm.com>')
    H(hs, "Reply-To", '"Prairie Lakes PM Support" <support+id88213@prairielakespm.com>')
    H(hs, "To", mailbox(orig["from_name"], orig["from_addr"]))
    H(hs, "Subject", "[#88213] Re: We received your request [CC-2027-02-00384]")
    H(hs, "Message-ID", "<%s_88213@prairielakespm.helpdeskmail.net>" % tok(rng, 20, HEXL))
    H(hs, "In-Reply-To", orig["msgid"])
    H(hs, "References", orig["msgid"])
    H(hs, "X-Autoreply", "yes")
    H(hs, "Precedence", "bulk")
    H(hs, "MIME-Version", "1.0")
    hs.append(None)
    plain = """\
Hello,

Thank you for contacting Prairie Lakes Property Management. Your request has been received and assigned ticket #88213. A member of our team will respond within one business day.

Please keep [#88213] in the subject line of any reply.

Prairie Lakes Property Management
Emergency maintenance: 319-555-0166
"""
    html = simple_html([esc(p).replace("\n", "<br>") for p in plain.strip("\n").split("\n\n")])
    top = alt(rng, plain, html, pcte="7bit")
    return out("bounces+88213@prairielakespm.helpdeskmail.net", ("out-7.helpdeskmail.net", "out-7.helpdeskmail.net", "203.0.113.%d" % rng.randint(10, 250)),
               hs, top, auth=("helpdeskmail.net", "hd1", "pass"), dmarc="none")


M("m19", "2027-02-09 15:22:31 -0600", "customercare", "helpdesk",
  ("Prairie Lakes PM Support", "support@prairielakespm.com"), LOOP,
  "LOOP TRAP: a property manager's help desk opens a ticket in answer to our acknowledgement (X-Autoreply, Precedence: bulk, no Auto-Submitted).",
  r_m19)


def r_m20(spec, rng):
    dt = parse_date(spec["date"])
    orig = ours.ack("rociohdz_77@yahoo.com", "CC-2027-02-00402", "2027-02-10 08:44:09 -0600")
    hs = []
    hs.append("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t=%d; bh=%s=; h=Date:From:To:Subject:From:Subject; b=%s%s %s==" % (
        int(dt.timestamp()), tok(rng, 43, B64CH), tok(rng, 40, B64CH), CRLF, tok(rng, 70, B64CH)))
    hs.append("Received: from sonic.gate.mail.ne1.yahoo.com by sonic305-4.consmr.mail.ne1.yahoo.com with HTTP; %s" % rfc_date(dt, "+0000"))
    H(hs, "Date", rfc_date(dt, "+0000") + " (UTC)")
    H(hs, "From", mailbox("Rocío Hernández", "rociohdz_77@yahoo.com"))
    H(hs, "To", ours.CC)
    H(hs, "Message-ID", "<%d.%d.%d@mail.yahoo.com>" % (rng.randint(10 ** 8, 2 * 10 ** 9), rng.randint(10 ** 6, 9 * 10 ** 6), int(dt.timestamp() * 1000)))
    H(hs, "In-Reply-To", orig["msgid"])
    H(hs, "Subject", subject_value("Respuesta automática: " + orig["subject"]))
    H(hs, "Auto-Submitted", "auto-replied")
    H(hs, "MIME-Version", "1.0")
    hs.append(None)
    body = """\
Gracias por su mensaje. Estoy fuera de la ciudad hasta el 20 de febrero y no reviso mi correo con frecuencia. Le contesto a mi regreso.

Rocío
"""
    top = text_leaf(body, "text/plain; charset=UTF-8", "quoted-printable")
    return out("", ("sonic305-4.consmr.mail.ne1.yahoo.com", "sonic305-4.consmr.mail.ne1.yahoo.com", "66.163.190.%d" % rng.randint(2, 250)),
               hs, top, auth=("yahoo.com", "s2048", "pass"))


M("m20", "2027-02-10 08:44:30 -0600", "customercare", "yahoo-vacation",
  ("Rocío Hernández", "rociohdz_77@yahoo.com"), LOOP,
  "LOOP TRAP: Spanish Yahoo vacation reply to our acknowledgement (Auto-Submitted).",
  r_m20, lang="es")


# ============================================================== phishing, spam, cold outreach

def r_m10(spec, rng):
    dt = parse_date(spec["date"])
    hs = []
    H(hs, "From", '"IRS Refund Department" <no-reply@irs-taxrefund-gov.com>')
    H(hs, "To", ours.CC)
    H(hs, "Subject", "Tax Refund Notification: You are eligible to receive $1,284.37")
    H(hs, "Date", rfc_date(dt, "+0300"))
    H(hs, "Message-ID", "<%s@irs-taxrefund-gov.com>" % tok(rng, 16, HEXL))
    H(hs, "MIME-Version", "1.0")
    H(hs, "X-Priority", "1")
    hs.append(None)
    html = """\
<html><body style="font-family:Arial">
<img src="https://irs-taxrefund-gov.com/img/irs-logo.png" alt="IRS" width="120">
<h2>Internal Revenue Service</h2>
<p>After the last annual calculation of your fiscal activity we have determined that you are eligible to receive a tax refund of <b>$1,284.37</b>.</p>
<p>Please submit the tax refund request and allow us 3-5 business days to process it.</p>
<p><a href="https://irs-taxrefund-gov.com/refund/claim.php?id=%s">Submit Refund Request</a></p>
<p>A refund can be delayed for a variety of reasons, for example submitting invalid records or applying after the deadline.</p>
<p>Internal Revenue Service<br>&copy; 2027 IRS. All rights reserved.</p>
</body></html>
""" % tok(rng, 12, ALNUM)
    top = text_leaf(html, "text/html; charset=utf-8", "quoted-printable")
    return out("info@mx-%d.bulkhost-%s.ru" % (rng.randint(1, 9), tok(rng, 4, "abcdefghijklmnopqrstuvwxyz")),
               ("mail.bulkhost-vps.ru", "vps%d.bulkhost-vps.ru" % rng.randint(100, 999), "203.0.113.%d" % rng.randint(10, 250)),
               hs, top, auth=None, spf="softfail", tls=False)


M("m10", "2027-02-05 05:14:09 -0600", "customercare", "phishing",
  ("IRS Refund Department", "no-reply@irs-taxrefund-gov.com"), SPAM,
  "Tax-refund phishing (HTML only, SPF softfail): never acknowledge.",
  r_m10)


def r_m11(spec, rng):
    dt = parse_date(spec["date"])
    hs = []
    H(hs, "From", '"Alliant Energy Billing" <billing@alliant-energy-refunds.com>')
    H(hs, "To", ours.CC)
    H(hs, "Subject", "Alliant Energy: Your overpayment refund is pending")
    H(hs, "Date", rfc_date(dt, "-0600"))
    H(hs, "Message-ID", "<%s@alliant-energy-refunds.com>" % uuid_lower(rng))
    H(hs, "MIME-Version", "1.0")
    hs.append(None)
    html = """\
<html><body style="font-family:Segoe UI,Arial,sans-serif;color:#222">
<div style="background:#00513f;padding:12px"><span style="color:#fff;font-size:20px">Alliant Energy</span></div>
<p>Dear Customer,</p>
<p>Our records show an overpayment of <b>$148.20</b> on your account.
To receive your refund, verify your billing details within 48 hours.</p>
<p><a href="https://alliant-energy-refunds.com/verify?id=%s" style="background:#f7a600;color:#000;padding:10px 18px;text-decoration:none">Verify and get refund</a></p>
<p>If you do not verify, the refund will be cancelled.</p>
<p>Alliant Energy Billing Department</p>
</body></html>
""" % tok(rng, 10, ALNUM)
    top = Leaf(["Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: base64"],
               b64_encode(html))
    return out("bounce@alliant-energy-refunds.com",
               ("mail.alliant-energy-refunds.com", "mail.alliant-energy-refunds.com", "198.51.100.%d" % rng.randint(150, 200)),
               hs, top, auth=("alliant-energy-refunds.com", "default", "pass"), dmarc="none")


M("m11", "2027-02-04 03:12:09 -0600", "customercare", "phishing",
  ("Alliant Energy Billing", "billing@alliant-energy-refunds.com"), SPAM,
  "Lookalike-domain refund phishing with our name (DKIM passes for the fake domain, base64 HTML): automated, the same scam a customer forwards in another message.",
  r_m11)


def r_m12(spec, rng):
    dt = parse_date(spec["date"])
    hs = []
    H(hs, "From", mailbox("Servicio de Rentas Internas", "avisos@irs-formularios.net", "windows-1252", "Q"))
    H(hs, "To", ours.CC)
    H(hs, "Subject", encode_words("Su formulario 1099-G está listo para descargar", "windows-1252", "Q"))
    H(hs, "Date", rfc_date(dt, "-0500"))
    H(hs, "Message-ID", "<%s.%s@irs-formularios.net>" % (tok(rng, 10, HEXL), tok(rng, 6, HEXL)))
    H(hs, "MIME-Version", "1.0")
    hs.append(None)
    plain = """\
Estimado contribuyente:

Su formulario 1099-G del año fiscal 2026 está listo. Para evitar multas, descárguelo y confirme sus datos antes del 15 de febrero:

http://irs-formularios.net/1099g/descargar?c=%s

Si no confirma su información, su reembolso podría retrasarse.

Atentamente,
Servicio de Rentas Internas – Departamento de Formularios
""" % tok(rng, 10, ALNUM)
    top = text_leaf(plain, "text/plain; charset=windows-1252", "quoted-printable", "windows-1252")
    return out("postmaster@irs-formularios.net", ("srv1.irs-formularios.net", "unknown", "192.0.2.%d" % rng.randint(10, 250)),
               hs, top, auth=None, spf="fail", tls=False)


M("m12", "2027-02-06 06:51:44 -0600", "customercare", "phishing",
  ("Servicio de Rentas Internas", "avisos@irs-formularios.net"), SPAM,
  "Spanish 1099-G phishing in windows-1252 (SPF fail): automated.",
  r_m12, lang="es")


def r_m13(spec, rng):
    dt = parse_date(spec["date"])
    hs = []
    H(hs, "From", '"BloomDirect Deals" <deals@bloomdirect-offers.com>')
    H(hs, "To", ours.PH)
    H(hs, "Subject", encode_words("\U0001F490 Roses 60% off \u2013 order by Feb 11 for Valentine's Day", "UTF-8", "B"))
    H(hs, "Date", rfc_date(dt, "-0500"))
    H(hs, "Message-ID", "<%s@bloomdirect-offers.com>" % tok(rng, 24, HEXL))
    H(hs, "List-Unsubscribe", "<https://bloomdirect-offers.com/optout?u=%s>" % tok(rng, 16, ALNUM))
    H(hs, "Precedence", "bulk")
    H(hs, "MIME-Version", "1.0")
    hs.append(None)
    plain = """\
Valentine's Day is Sunday! Two dozen long-stem roses, now 60%% off.
Free vase. Guaranteed delivery if you order by Thursday, Feb 11.

Shop: https://bloomdirect-offers.com/v/%s

To stop receiving these offers, opt out here: https://bloomdirect-offers.com/optout
""" % tok(rng, 8, ALNUM)
    html = simple_html([esc(p).replace("\n", "<br>") for p in plain.strip("\n").split("\n\n")])
    top = alt(rng, plain, html, pcte="7bit")
    return out("bounce@bloomdirect-offers.com", ("mx.bloomdirect-offers.com", "mx.bloomdirect-offers.com", "198.51.100.%d" % rng.randint(200, 250)),
               hs, top, auth=("bloomdirect-offers.com", "k1", "pass"), dmarc="none")


M("m13", "2027-02-07 11:25:19 -0600", "powerhousecatalog", "spam",
  ("BloomDirect Deals", "deals@bloomdirect-offers.com"), SPAM,
  "Valentine's flower spam with its own opt-out link: bulk spam, automated.",
  r_m13)


def r_m14(spec, rng):
    dt = parse_date(spec["date"])
    hs = []
    H(hs, "From", '"DocuSign via Alliant HR" <dse_na4@docusign-mail-secure.net>')
    H(hs, "Reply-To", "hr-payroll@alliant-hr-docs.com")
    H(hs, "To", ours.CC)
    H(hs, "Subject", "Please review: 2026 Form 1099-MISC - Alliant Energy")
    H(hs, "Date", rfc_date(dt, "+0000"))
    H(hs, "Message-ID", "<%s@docusign-mail-secure.net>" % uuid_lower(rng))
    H(hs, "MIME-Version", "1.0")
    hs.append(None)
    html = """\
<html><body style="font-family:Helvetica,Arial,sans-serif;background:#eaeaea">
<table width="640" align="center" style="background:#fff"><tr><td style="padding:24px">
<p style="font-size:18px">Alliant HR sent you a document to review and sign.</p>
<p><a href="https://docusign-mail-secure.net/Signing/EmailStart.aspx?a=%s" style="background:#ffc423;padding:12px 24px;color:#000;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a></p>
<p>Document: 2026 Form 1099-MISC.pdf<br>Please complete within 24 hours to avoid a processing delay.</p>
<p style="font-size:11px;color:#666">Do Not Share This Email. This email contains a secure link to DocuSign.</p>
</td></tr></table></body></html>
""" % uuid_lower(rng)
    top = text_leaf(html, "text/html; charset=utf-8", "quoted-printable")
    return out("bounce@docusign-mail-secure.net", ("mail.docusign-mail-secure.net", "unknown", "192.0.2.%d" % rng.randint(10, 250)),
               hs, top, auth=None, spf="fail", dmarc="none")


M("m14", "2027-02-08 07:40:55 -0600", "customercare", "phishing",
  ("DocuSign via Alliant HR", "dse_na4@docusign-mail-secure.net"), SPAM,
  "Fake DocuSign '1099-MISC' phishing; 'Do Not Share This Email' is boilerplate, not a sharing opt-out.",
  r_m14)


def r_m15(spec, rng):
    dt = parse_date(spec["date"])
    hs = []
    H(hs, "From", "Jenna Morales <jmorales@peakcx-solutions.com>")
    H(hs, "To", ours.CC)
    H(hs, "Subject", "Storm surge staffing for your contact center")
    H(hs, "Date", rfc_date(dt, "-0500"))
    H(hs, "Message-ID", "<%s@peakcx-solutions.com>" % uuid_lower(rng))
    H(hs, "X-HubSpot-Email-Id", str(rng.randint(10 ** 9, 10 ** 10)))
    H(hs, "MIME-Version", "1.0")
    hs.append(None)
    plain = """\
Hi Customer Care team,

With the winter storm hitting Iowa this week, I imagine your phones are ringing off the hook. PeakCX provides trained, US-based overflow agents for utilities on 48 hours' notice, billed only for the hours you use.

Would you be open to a 15-minute call next week? Here's my calendar: https://meetings.peakcx-solutions.com/jmorales

Best,
Jenna Morales
Senior Account Executive, PeakCX Solutions
(615) 555-0107

If this isn't relevant, just let me know and I won't follow up.
"""
    html = simple_html([esc(p).replace("\n", "<br>") for p in plain.strip("\n").split("\n\n")]) + \
        '<img src="https://track.peakcx-solutions.com/o/%s.gif" width="1" height="1">\n' % tok(rng, 20, ALNUM)
    top = alt(rng, plain, html, pcte="7bit")
    return out("bounce-%s@bounce.peakcx-solutions.com" % tok(rng, 10, HEXL),
               ("o%d.hubspotemail.net" % rng.randint(1, 9), "o2.hubspotemail.net", "158.247.%d.%d" % (rng.randint(1, 30), rng.randint(2, 250))),
               hs, top, auth=("peakcx-solutions.com", "hs1", "pass"), dmarc="pass")


M("m15", "2027-02-08 14:05:37 -0600", "customercare", "hubspot",
  ("Jenna Morales", "jmorales@peakcx-solutions.com"), COLD,
  "Cold sales e-mail riding on the storm: written to look personal, but outreach mail is automated by LABELS.",
  r_m15)


def r_m16(spec, rng):
    dt = parse_date(spec["date"])
    hs = []
    H(hs, "From", "Arjun from LinkLift <arjun@linklift-seo.com>")
    H(hs, "To", ours.CC)
    H(hs, "Subject", "Broken link on alliant-energy.com/beatthecold")
    H(hs, "Date", rfc_date(dt, "+0530"))
    H(hs, "Message-ID", "<%s@linklift-seo.com>" % tok(rng, 20, HEXL))
    H(hs, "MIME-Version", "1.0")
    hs.append(None)
    plain = """\
Hi there,

I was reading your Beat the Cold page and noticed the link to the
Department of Energy insulation guide returns a 404.

We recently published a 2027 guide to home insulation that would be a great
replacement. Would you consider linking to it? Happy to share it on our
socials in return.

Cheers,
Arjun
LinkLift Outreach Team

Not interested? Reply "no" and I'll remove you from my list.
"""
    top = text_leaf(plain, "text/plain; charset=UTF-8", "7bit")
    return out("arjun@linklift-seo.com", ("mail-sor-f41.google.com", "mail-sor-f41.google.com", "209.85.220.41"),
               hs, top, auth=("linklift-seo.com", "google", "pass"), dmarc="pass")


M("m16", "2027-02-09 03:48:12 -0600", "customercare", "seo-outreach",
  ("Arjun from LinkLift", "arjun@linklift-seo.com"), COLD,
  "SEO link-building outreach pegged to the promotion's web page: automated, no labels; its 'remove you from my list' is its own.",
  r_m16)


def r_m28(spec, rng):
    dt = parse_date(spec["date"])
    hs = []
    H(hs, "From", '"Microsoft 365 Admin" <admin@m365-mailbox-support.com>')
    H(hs, "To", ours.CC)
    H(hs, "Subject", "Action Required: customercare@alliant-energy.com storage is 99% full")
    H(hs, "Date", rfc_date(dt, "+0100"))
    H(hs, "Message-ID", "<%s@m365-mailbox-support.com>" % tok(rng, 18, HEXL))
    H(hs, "MIME-Version", "1.0")
    hs.append(None)
    html = """\
<html><body style="font-family:Segoe UI,Arial">
<p><b>Microsoft 365</b></p>
<p>Your mailbox customercare@alliant-energy.com has reached 99%% of its storage limit (49.6 GB / 50 GB).</p>
<p>Incoming messages will be rejected after <b>February 15, 2027</b>.</p>
<p><a href="https://m365-mailbox-support.com/upgrade?u=%s">Increase storage now</a></p>
<p style="color:#777;font-size:11px">Microsoft Corporation, One Microsoft Way, Redmond, WA</p>
</body></html>
""" % tok(rng, 12, ALNUM)
    top = text_leaf(html, "text/html; charset=us-ascii", "7bit")
    return out("noreply@m365-mailbox-support.com", ("smtp.m365-mailbox-support.com", "unknown", "192.0.2.%d" % rng.randint(10, 250)),
               hs, top, auth=None, spf="softfail", dmarc="none", tls=False)


M("m28", "2027-02-14 02:22:40 -0600", "customercare", "phishing",
  ("Microsoft 365 Admin", "admin@m365-mailbox-support.com"), SPAM,
  "Mailbox-full credential phishing aimed at the shared mailbox: automated.",
  r_m28)
