"""Machine mail and mail that is not a request: bounces, auto-replies, portal/system notices, newsletters,
e-filing notices, phishing, list sales pitches, read receipts, challenge-response, feedback reports.

Each spec: sid, cat, mailbox, lang, program (sending system), note, build(s) -> raw text; optional answers
(the key of our mail it reacts to), months.
"""
from mime import (When, Part, text_part, html_part, serialize, hdr_text, hdr_addr, esc, enc_b64, enc_qp, is_ascii,
                  DAYS, MONTHS, MONTHS_LONG, MESES_LONG, DIAS_LONG)
from programs import inbound, dkim
from ours import make_ours, CC, PH
from pdf import make_png

MBOX = {"cc": CC, "ph": PH}


# --------------------------------------------------------------------------- our sent mail, as others return it

def ours_raw(o, headers_only=False):
    r = o["rng"]
    w = o["when"]
    lines = ["Return-Path: <%s>" % ("bounces+%s@mail.alliant-energy.com" % r.hexs(8) if o["kind"] in (
                 "promotion", "newsletter", "catalog e-mail", "promotion (Spanish)") else o["frm"][1]),
             "Received: from mta2.mail.alliant-energy.com (mta2.mail.alliant-energy.com [198.51.100.25])\n"
             "\tby %s with ESMTPS id %s\n\tfor <%s>; %s" % (o.get("rcpt_host", "mx.recipient"), r.alnum(12),
                                                          o["to"], w.rfc()),
             dkim(r, "alliant-energy.com", "ae2026", "from:to:subject:date:message-id:mime-version", t=w.epoch),
             "From: %s" % hdr_addr(*o["frm"]),
             "To: %s" % (hdr_addr(o["to_name"], o["to"]) if o.get("to_name") else o["to"]),
             "Subject: %s" % hdr_text(o["subject"]),
             "Date: %s" % w.rfc(),
             "Message-ID: %s" % o["mid"],
             "MIME-Version: 1.0"]
    if o["key"] == "ack":
        lines += ["In-Reply-To: <%s@%s>" % (r.alnum(20), o["to"].split("@")[1]), "Auto-Submitted: auto-replied"]
    elif o["kind"] in ("promotion", "newsletter", "promotion (Spanish)"):
        lines += ["List-Unsubscribe: <mailto:customercare@alliant-energy.com?subject=unsubscribe>",
                  "Precedence: bulk"]
    elif o["kind"] == "catalog e-mail":
        lines += ["List-Unsubscribe: <mailto:powerhousecatalog@alliant-energy.com?subject=unsubscribe>",
                  "Precedence: bulk"]
    if o.get("reply_to"):
        lines.append("Reply-To: %s" % o["reply_to"])
    ascii_ = is_ascii(o["text"])
    lines += ["Content-Type: text/plain; charset=%s" % ("us-ascii" if ascii_ else "utf-8"),
              "Content-Transfer-Encoding: %s" % ("7bit" if ascii_ else "quoted-printable")]
    head = "\n".join(lines)
    if headers_only:
        return head + "\n"
    return head + "\n\n" + (o["text"] if ascii_ else enc_qp(o["text"])) + "\n"


def sent(s, key, to, minutes_before=5, to_name=None, their_subject=None, whats=None, mailbox=None, **kw):
    w = s["when"].plus(minutes=-minutes_before)
    o = make_ours(key, w, s["rng"], to, to_name=to_name, mailbox=mailbox, their_subject=their_subject, whats=whats)
    o["rng"] = s["rng"]
    o.update(kw)
    return o


def hdrs(s, envelope, helo, ip, extra, rdns=None, tls=True, auth=True, dkim_dom=None):
    return inbound(s["mailbox_addr"], envelope, helo, rdns or helo, ip, s["when"], s["rng"], tls=tls, auth=auth,
                   dkim_dom=dkim_dom) + extra


# --------------------------------------------------------------------------- bounces

def b_postfix_ack(s):
    r = s["rng"]
    rcpt = "kfranzen@mediacombb.net"
    o = sent(s, "ack", rcpt, 2, their_subject="Stop the mailers", whats=["marketing"], rcpt_host="mx.mediacombb.net")
    host = "mta2.mail.alliant-energy.com"
    qid = r.HEXS(11)
    notif = """This is the mail system at host %s.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<%s>: host mx.mediacombb.net[198.51.100.77] said: 550 5.1.1
    <%s>: Recipient address rejected: User unknown in virtual mailbox
    table (in reply to RCPT TO command)
""" % (host, rcpt, rcpt)
    ds = """Reporting-MTA: dns; %s
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; customercare@alliant-energy.com
Arrival-Date: %s

Final-Recipient: rfc822; %s
Original-Recipient: rfc822;%s
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.mediacombb.net
Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected: User
    unknown in virtual mailbox table
""" % (host, qid, o["when"].rfc(zone_comment=True), rcpt, rcpt, rcpt)
    b = "%s.%d/%s" % (qid, s["when"].epoch, host)
    p1 = Part("text/plain", notif, charset="us-ascii", cte=None, headers=["Content-Description: Notification"])
    p1.quote_cs = False
    p2 = Part("message/delivery-status", raw_body=ds, headers=["Content-Description: Delivery report"])
    p3 = Part("message/rfc822", raw_body=ours_raw(o), headers=["Content-Description: Undelivered Message"])
    root = Part("multipart/report", params=[("report-type", "delivery-status")], boundary=b, children=[p1, p2, p3],
                raw_body="This is a MIME-encapsulated message.\n")
    w = s["when"]
    heads = hdrs(s, "", host, "198.51.100.25",
                 ["Received: by %s (Postfix)\n\tid %s; %s" % (host, qid, w.rfc(zone_comment=True)),
                  "Date: %s" % w.rfc(zone_comment=True),
                  "From: MAILER-DAEMON@%s (Mail Delivery System)" % host,
                  "Subject: Undelivered Mail Returned to Sender",
                  "To: customercare@alliant-energy.com",
                  "Auto-Submitted: auto-replied",
                  "MIME-Version: 1.0"], tls=False, auth=False)
    heads.append("Message-Id: <%s.%s@%s>" % (w.utc.strftime("%Y%m%d%H%M%S"), qid, host))
    return serialize(heads, root), "ack"


def b_o365_promo(s):
    r = s["rng"]
    rcpt = "jpeters@prairieviewcoop.com"
    o = sent(s, "promo_thermostat", rcpt, 1, rcpt_host="prairieviewcoop-com.mail.protection.outlook.com")
    srv = "CH3PR17MB%s" % r.digits(4)
    txt = """Delivery has failed to these recipients or groups:

%s<mailto:%s>
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: %s.namprd17.prod.outlook.com

%s
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Original message headers:

%s
""" % (rcpt, rcpt, srv, rcpt, ours_raw(o, headers_only=True))
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head><body>"
            "<p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">Delivery has failed to these recipients or groups:"
            "</font></b></p><font color=\"#000000\" size=\"2\" face=\"Tahoma\"><p><a href=\"mailto:%s\">%s</a><br>"
            "</font><font color=\"#000000\" size=\"3\" face=\"Arial\">The email address you entered couldn't be found."
            "</font></p></body></html>\n") % (rcpt, rcpt)
    alt = Part("multipart/alternative", boundary="%s" % r.uuid(), children=[
        text_part(txt, charset="us-ascii", cte="quoted-printable"), html_part(html, charset="us-ascii", cte="quoted-printable")],
        params=[("differences", "Content-Type")])
    ds = """Reporting-MTA: dns;%s.namprd17.prod.outlook.com
Received-From-MTA: dns;mta2.mail.alliant-energy.com
Arrival-Date: %s

Final-Recipient: rfc822;%s
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
""" % (srv, o["when"].rfc_pad(0), rcpt)
    root = Part("multipart/report", params=[("report-type", "delivery-status")], boundary=r.uuid(), children=[
        alt, Part("message/delivery-status", raw_body=ds),
        Part("message/rfc822", raw_body=ours_raw(o, headers_only=True) + "\n")])
    root.children[2].ctype = "text/rfc822-headers"
    w = s["when"]
    heads = hdrs(s, "", "NAM10-DM6-obe.outbound.protection.outlook.com", "40.107.%d.%d" % (r.randint(1, 250), r.randint(2, 250)),
                 ["From: <postmaster@prairieviewcoop.com>",
                  "To: <customercare@alliant-energy.com>",
                  "Date: %s" % w.rfc_pad(0),
                  "Content-Language: en-US",
                  "Message-ID: <%s@%s.namprd17.prod.outlook.com>" % (r.uuid(), srv),
                  "In-Reply-To: %s" % o["mid"],
                  "References: %s" % o["mid"],
                  "Subject: Undeliverable: %s" % o["subject"],
                  "Auto-Submitted: auto-replied",
                  "X-MS-Exchange-Message-Is-Ndr:",
                  "X-MS-PublicTrafficType: Email",
                  "MIME-Version: 1.0"])
    return serialize(heads, root), "promo_thermostat"


def b_gmail_catalog(s):
    r = s["rng"]
    rcpt = "gardenlady.wendy@gmail.com"
    o = sent(s, "catalog_spring", rcpt, 1, rcpt_host="mx.google.com")
    txt = """
** Address not found **

Your message wasn't delivered to %s because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser %s - gsmtp
""" % (rcpt, r.alnum(22))
    ds = """Reporting-MTA: dns; googlemail.com
Arrival-Date: %s

Final-Recipient: rfc822; %s
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com. (142.250.%d.%d, the server for the domain gmail.com.)
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: %s
""" % (o["when"].rfc(-7 if o["when"].off == -5 else -8), rcpt, r.randint(1, 250), r.randint(1, 250),
       s["when"].rfc(-7 if s["when"].off == -5 else -8))
    b = "000000000000" + r.hexs(12)
    alt = Part("multipart/alternative", boundary="000000000000" + r.hexs(12), children=[
        text_part(txt, charset="UTF-8"),
        html_part("<html><head></head><body><h2 style=\"font-family:'Google Sans',Roboto,Arial\">Address not found"
                  "</h2><p>Your message wasn't delivered to <a style='color:#212121;text-decoration:none'><b>%s</b></a>"
                  " because the address couldn't be found, or is unable to receive mail.</p></body></html>\n" % rcpt,
                  charset="UTF-8")])
    root = Part("multipart/report", params=[("report-type", "delivery-status")], boundary=b, children=[
        alt, Part("message/delivery-status", raw_body=ds), Part("message/rfc822", raw_body=ours_raw(o))])
    w = s["when"]
    heads = hdrs(s, "", "mail-sor-f69.google.com", "209.85.220.69",
                 [dkim(r, "googlemail.com", "20230601", "to:from:subject:message-id:date:mime-version", t=s["when"].epoch),
                  "MIME-Version: 1.0",
                  "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
                  "To: powerhousecatalog@alliant-energy.com",
                  "Auto-Submitted: auto-replied",
                  "Message-ID: <%s.%s.%s@mx.google.com>" % (r.hexs(8), r.hexs(4), r.digits(4)),
                  "Date: %s" % w.rfc(-7 if w.off == -5 else -8),
                  "In-Reply-To: %s" % o["mid"],
                  "References: %s" % o["mid"],
                  "Subject: Delivery Status Notification (Failure)",
                  "X-Failed-Recipients: %s" % rcpt], dkim_dom="googlemail.com")
    return serialize(heads, root), "catalog_spring"


def b_yahoo_catalog(s):
    r = s["rng"]
    rcpt = "hjkroeger@yahoo.com"
    o = sent(s, "catalog_holiday", rcpt, 1, rcpt_host="mta7.am0.yahoodns.net")
    body = """Sorry, we were unable to deliver your message to the following address.

<%s>:
554: delivery error: dd Not a valid recipient - atlas-production.v2-mail-prod1-gq1.omega.yahoo.com

--- Below this line is a copy of the message.

%s""" % (rcpt, ours_raw(o))
    w = s["when"]
    heads = hdrs(s, "", "sonic%d-%d.consmr.mail.gq1.yahoo.com" % (r.randint(301, 330), r.randint(2, 40)),
                 "98.137.%d.%d" % (r.randint(64, 69), r.randint(2, 250)),
                 ["X-Originating-IP: [98.137.%d.%d]" % (r.randint(64, 69), r.randint(2, 250)),
                  "From: MAILER-DAEMON@yahoo.com",
                  "To: powerhousecatalog@alliant-energy.com",
                  "X-Mailer: Yahoo Mail Delivery Agent",
                  "Date: %s" % w.rfc(0).replace("+0000", "-0000"),
                  "Subject: Failure Notice",
                  "Message-ID: <%d.%d.%d@sonic.mail.yahoo.com>" % (r.randint(100000, 999999), r.randint(1000, 9999), w.epoch),
                  "MIME-Version: 1.0"])
    root = text_part(body, charset="us-ascii", cte="7bit")
    root.quote_cs = False
    return serialize(heads, root), "catalog_holiday"


def b_exim_newsletter(s):
    r = s["rng"]
    rcpt = "dave@hartmannplumbing.net"
    o = sent(s, "newsletter_insider", rcpt, 3, rcpt_host="mail.hartmannplumbing.net")
    host = "box5219.bluehost-mail.example.net"
    eid = "%s-%s-%s" % (r.alnum(6), r.alnum(6), r.alnum(2))
    body = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  %s
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

%s""" % (rcpt, ours_raw(o))
    w = s["when"]
    heads = hdrs(s, "", host, "192.0.2.%d" % r.randint(10, 250),
                 ["Received: from mailnull by %s with local (Exim 4.98)\n\tid %s\n\tfor customercare@alliant-energy.com;"
                  " %s" % (host, eid, w.rfc_pad()),
                  "X-Failed-Recipients: %s" % rcpt,
                  "Auto-Submitted: auto-replied",
                  "From: Mail Delivery System <Mailer-Daemon@%s>" % host,
                  "To: customercare@alliant-energy.com",
                  "References: %s" % o["mid"],
                  "Content-Type: text/plain; charset=us-ascii",
                  "Subject: Mail delivery failed: returning message to sender",
                  "Message-Id: <E%s@%s>" % (eid, host),
                  "Date: %s" % w.rfc_pad(),
                  "MIME-Version: 1.0"])
    return "\n".join(heads) + "\n\n" + body, "newsletter_insider"


def b_outlook_es(s):
    r = s["rng"]
    rcpt = "lupita.ramos@hotmail.com"
    o = sent(s, "promo_es", rcpt, 2, rcpt_host="hotmail-com.olc.protection.outlook.com")
    srv = "DM6PR02MB%s" % r.digits(4)
    txt = """No se pudo entregar a estos destinatarios o grupos:

%s<mailto:%s>
El buzón del destinatario está lleno y no puede aceptar mensajes en este momento. Intente reenviar el mensaje más tarde o póngase en contacto directamente con el destinatario.

Información de diagnóstico para administradores:

Servidor de generación: %s.namprd02.prod.outlook.com

%s
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'
""" % (rcpt, rcpt, srv, rcpt)
    ds = """Reporting-MTA: dns;%s.namprd02.prod.outlook.com
Arrival-Date: %s

Final-Recipient: rfc822;%s
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException
""" % (srv, o["when"].rfc_pad(0), rcpt)
    root = Part("multipart/report", params=[("report-type", "delivery-status")], boundary=r.uuid(), children=[
        text_part(txt, charset="utf-8", cte="base64"), Part("message/delivery-status", raw_body=ds),
        Part("text/rfc822-headers", raw_body=ours_raw(o, headers_only=True))])
    w = s["when"]
    heads = hdrs(s, "", "NAM04-MW2-obe.outbound.protection.outlook.com", "40.107.%d.%d" % (r.randint(1, 250), r.randint(2, 250)),
                 ["From: postmaster@outlook.com",
                  "To: customercare@alliant-energy.com",
                  "Date: %s" % w.rfc_pad(0),
                  "Content-Language: es-ES",
                  "Message-ID: <%s@%s.namprd02.prod.outlook.com>" % (r.uuid(), srv),
                  "In-Reply-To: %s" % o["mid"],
                  "References: %s" % o["mid"],
                  "Subject: %s" % hdr_text("No se puede entregar: " + o["subject"]),
                  "Auto-Submitted: auto-replied",
                  "X-MS-Exchange-Message-Is-Ndr:",
                  "MIME-Version: 1.0"])
    return serialize(heads, root), "promo_es"


def b_postfix_delay(s):
    r = s["rng"]
    rcpt = "orders@fenwickfarmsupply.com"
    o = sent(s, "ack", rcpt, 60 * 4, their_subject="Don't share our business address", whats=["share"],
             mailbox=PH, rcpt_host="mail.fenwickfarmsupply.com")
    host = "mta2.mail.alliant-energy.com"
    qid = r.HEXS(11)
    notif = """This is the mail system at host %s.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

                   The mail system

<%s>: connect to mail.fenwickfarmsupply.com[203.0.113.41]:25: Connection
    timed out
""" % (host, rcpt)
    ds = """Reporting-MTA: dns; %s
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; powerhousecatalog@alliant-energy.com
Arrival-Date: %s

Final-Recipient: rfc822; %s
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mail.fenwickfarmsupply.com[203.0.113.41]:25:
    Connection timed out
Will-Retry-Until: %s
""" % (host, qid, o["when"].rfc(zone_comment=True), rcpt, o["when"].plus(days=5).rfc(zone_comment=True))
    b = "%s.%d/%s" % (qid, s["when"].epoch, host)
    p1 = Part("text/plain", notif, charset="us-ascii", headers=["Content-Description: Notification"])
    p1.quote_cs = False
    root = Part("multipart/report", params=[("report-type", "delivery-status")], boundary=b, children=[
        p1, Part("message/delivery-status", raw_body=ds, headers=["Content-Description: Delivery report"]),
        Part("text/rfc822-headers", raw_body=ours_raw(o, headers_only=True),
             headers=["Content-Description: Undelivered Message Headers"])],
        raw_body="This is a MIME-encapsulated message.\n")
    w = s["when"]
    heads = hdrs(s, "", host, "198.51.100.25",
                 ["Received: by %s (Postfix)\n\tid %s; %s" % (host, qid, w.rfc(zone_comment=True)),
                  "Date: %s" % w.rfc(zone_comment=True),
                  "From: MAILER-DAEMON@%s (Mail Delivery System)" % host,
                  "Subject: Delayed Mail (still being retried)",
                  "To: powerhousecatalog@alliant-energy.com",
                  "Auto-Submitted: auto-replied",
                  "MIME-Version: 1.0",
                  "Message-Id: <%s.%s@%s>" % (w.utc.strftime("%Y%m%d%H%M%S"), qid, host)], tls=False, auth=False)
    return serialize(heads, root), "ack"


# --------------------------------------------------------------------------- auto-replies

def ar_outlook_ack(s):
    r = s["rng"]
    rcpt = "tgrabowski@grabowskiauto.com"
    o = sent(s, "ack", rcpt, 1, their_subject="Remove me from all marketing", whats=["marketing"])
    txt = """Thank you for your message. I am out of the office through Monday with limited access to e-mail. For anything urgent regarding service or parts, please call the shop at 715-555-0134 and ask for Jerry.

Tom Grabowski
Grabowski Auto Repair
"""
    srv = "MW4PR19MB%s" % r.digits(4)
    root = Part("multipart/alternative", boundary="_000_%s_" % r.alnum(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), children=[
        text_part(txt, charset="us-ascii", cte="quoted-printable"),
        html_part("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head>"
                  "<body><div>%s</div></body></html>\n" % "<br>".join(esc(l) for l in txt.split("\n")),
                  charset="us-ascii", cte="quoted-printable")])
    w = s["when"]
    heads = hdrs(s, "", "NAM12-BN8-obe.outbound.protection.outlook.com", "40.107.%d.%d" % (r.randint(1, 250), r.randint(2, 250)),
                 ["From: Tom Grabowski <%s>" % rcpt,
                  "To: Alliant Energy <customercare@alliant-energy.com>",
                  "Subject: Automatic reply: %s" % o["subject"],
                  "Thread-Topic: %s" % o["subject"],
                  "Date: %s" % w.rfc_pad(0),
                  "Message-ID: <%s%s@%s.namprd19.prod.outlook.com>" % (srv, r.HEXS(20), srv),
                  "References: %s" % o["mid"],
                  "In-Reply-To: %s" % o["mid"],
                  "Auto-Submitted: auto-generated",
                  "X-Auto-Response-Suppress: All",
                  "X-MS-Exchange-Inbox-Rules-Loop: %s" % rcpt,
                  "Content-Language: en-US",
                  "X-MS-Has-Attach:",
                  "MIME-Version: 1.0"])
    return serialize(heads, root), "ack"


def ar_headerless_unmonitored(s):
    r = s["rng"]
    rcpt = "info@stonebridgevet.com"
    o = sent(s, "catalog_spring", rcpt, 3)
    txt = """This mailbox is no longer monitored.

Stonebridge Veterinary Clinic has moved to a new patient portal. For appointments and prescription refills please use https://stonebridgevet.example/portal or call (563) 555-0199.

Thank you!"""
    w = s["when"]
    heads = hdrs(s, rcpt, "smtp.stonebridgevet.com", "203.0.113.%d" % r.randint(10, 250),
                 ["From: Stonebridge Veterinary Clinic <%s>" % rcpt,
                  "To: powerhousecatalog@alliant-energy.com",
                  "Subject: Re: %s" % o["subject"],
                  "Date: %s" % w.rfc(),
                  "Message-ID: <%s@stonebridgevet.com>" % r.uuid(),
                  "In-Reply-To: %s" % o["mid"],
                  "MIME-Version: 1.0"])
    return serialize(heads, text_part(txt, charset="UTF-8")), "catalog_spring"


def ar_spanish_ooo(s):
    r = s["rng"]
    rcpt = "aurora.mejia@outlook.com"
    o = sent(s, "catalog_holiday", rcpt, 0)
    a, b = s["when"].plus(days=-1).local, s["when"].plus(days=10).local
    txt = """Gracias por su mensaje. Estaré fuera de la oficina del %d de %s al %d de %s, de vacaciones con mi familia en Guanajuato, sin acceso a mi correo.

A mi regreso le responderé lo antes posible.

Saludos cordiales,
Aurora Mejía""" % (a.day, MESES_LONG[a.month - 1], b.day, MESES_LONG[b.month - 1])
    srv = "PH7PR10MB%s" % r.digits(4)
    root = Part("multipart/alternative", boundary="_000_%s_" % r.alnum(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), children=[
        text_part(txt, charset="iso-8859-1", cte="quoted-printable"),
        html_part("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head>"
                  "<body><div>%s</div></body></html>\n" % "<br>".join(esc(l) for l in txt.split("\n")),
                  charset="iso-8859-1", cte="quoted-printable")])
    w = s["when"]
    heads = hdrs(s, "", "NAM11-CO1-obe.outbound.protection.outlook.com", "40.92.%d.%d" % (r.randint(1, 60), r.randint(2, 250)),
                 ["From: %s" % hdr_addr("Aurora Mejía", rcpt, charset="iso-8859-1", mode="Q"),
                  "To: PowerHouse Catalog <powerhousecatalog@alliant-energy.com>",
                  "Subject: %s" % hdr_text("Respuesta automática: " + o["subject"], "iso-8859-1", "Q"),
                  "Date: %s" % w.rfc_pad(0),
                  "Message-ID: <%s%s@%s.namprd10.prod.outlook.com>" % (srv, r.HEXS(20), srv),
                  "In-Reply-To: %s" % o["mid"],
                  "References: %s" % o["mid"],
                  "Auto-Submitted: auto-replied",
                  "X-Auto-Response-Suppress: All",
                  "Content-Language: es-MX",
                  "MIME-Version: 1.0"])
    return serialize(heads, root), "catalog_holiday"


def ar_gmail_vacation(s):
    r = s["rng"]
    rcpt = "birdwatcher.ellen@gmail.com"
    o = sent(s, "newsletter_insider", rcpt, 2)
    back = s["when"].plus(days=9).local
    txt = """Hi! I'm traveling in Alaska until %s %d and checking e-mail only now and then. I'll get back to you when I'm home.

Ellen""" % (MONTHS_LONG[back.month - 1], back.day)
    root = Part("multipart/alternative", boundary="000000000000" + r.hexs(12), children=[
        text_part(txt, charset="UTF-8"), html_part('<div dir="ltr">%s</div>\n' % "<br>".join(esc(l) for l in txt.split("\n")), charset="UTF-8")])
    w = s["when"]
    heads = hdrs(s, rcpt, "mail-sor-f73.google.com", "209.85.220.73",
                 [dkim(r, "gmail.com", "20230601", "in-reply-to:references:auto-submitted:date:from:to:subject", t=s["when"].epoch),
                  "MIME-Version: 1.0",
                  "References: %s" % o["mid"],
                  "In-Reply-To: %s" % o["mid"],
                  "Auto-Submitted: auto-replied",
                  "Precedence: bulk",
                  "X-Autoreply: yes",
                  "From: Ellen Birchard <%s>" % rcpt,
                  "Date: %s" % w.rfc(),
                  "Message-ID: <CA%s@mail.gmail.com>" % r.alnum(54),
                  "Subject: Re: %s" % o["subject"],
                  "To: Alliant Energy <customercare@alliant-energy.com>"], dkim_dom="gmail.com")
    return serialize(heads, root), "newsletter_insider"


def ar_lawfirm(s):
    r = s["rng"]
    rcpt = "elindahl@lindahllawsc.com"
    o = sent(s, "ack", rcpt, 1, their_subject="Request for records - client Marjorie Stokes", whats=["received"])
    txt = """Thank you for contacting Lindahl Law Office, S.C. Your e-mail has been received and will be reviewed during regular business hours (Monday-Friday, 8:30 a.m. to 5:00 p.m.).

Please note that sending an e-mail to this office does not create an attorney-client relationship. Do not send confidential information until you have spoken with an attorney.

CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain privileged or confidential information. If you are not the intended recipient, please notify the sender and delete this message."""
    w = s["when"]
    heads = hdrs(s, "", "mail.lindahllawsc.com", "203.0.113.%d" % r.randint(10, 250),
                 ["From: Lindahl Law Office <%s>" % rcpt,
                  "To: customercare@alliant-energy.com",
                  "Subject: Received: %s" % o["subject"],
                  "Date: %s" % w.rfc_pad(),
                  "Message-ID: <%s$%s@lindahllawsc.com>" % (r.hexs(12), r.hexs(8)),
                  "In-Reply-To: %s" % o["mid"],
                  "Auto-Submitted: auto-replied",
                  "X-Auto-Response-Suppress: All",
                  "MIME-Version: 1.0"])
    return serialize(heads, text_part(txt, charset="us-ascii")), "ack"


# --------------------------------------------------------------------------- removal services, brokers, portals

def removal_confirmation(s):
    r = s["rng"]
    w = s["when"]
    ref = "CT-%d" % r.randint(80000, 99999)
    txt = """This is an automated notice from ClearTrace. Please do not reply.

Request reference: %s
Company: PowerHouse Catalog (Alliant Energy)
Request type: Opt-out of sale/sharing; Deletion
Delivered to: powerhousecatalog@alliant-energy.com
Delivered on: %s %d, %d
Status: Awaiting company response (day 1 of 45)

Our records show this request was delivered successfully. A copy of this notice is sent to the company's privacy contact for its records.

ClearTrace | Privacy, handled.
Manage notifications: https://app.cleartrace-privacy.com/settings/notifications
""" % (ref, MONTHS_LONG[w.local.month - 1], w.local.day, w.local.year)
    html = ('<html><body style="font-family:Inter,Arial,sans-serif;color:#1b1b1b"><table width="600" align="center">'
            '<tr><td><img src="https://cdn.cleartrace-privacy.com/email/logo.png" alt="ClearTrace" width="120"></td></tr>'
            '<tr><td><p>This is an automated notice from ClearTrace. Please do not reply.</p><table>'
            '<tr><td><b>Request reference</b></td><td>%s</td></tr><tr><td><b>Company</b></td><td>PowerHouse Catalog '
            '(Alliant Energy)</td></tr><tr><td><b>Status</b></td><td>Awaiting company response (day 1 of 45)</td></tr>'
            '</table></td></tr></table></body></html>\n') % ref
    root = Part("multipart/alternative", boundary="--==_mimepart_%s_%d" % (r.hexs(13), r.randint(1000, 9999)),
                children=[text_part(txt, charset="UTF-8"), html_part(html, charset="UTF-8")])
    heads = hdrs(s, "bounces+%d-%s@em4417.cleartrace-privacy.com" % (r.randint(100000, 999999), r.hexs(4)),
                 "o%d.ptr%d.cleartrace-privacy.com" % (r.randint(1, 9), r.randint(1000, 9999)),
                 "149.72.%d.%d" % (r.randint(1, 250), r.randint(2, 250)),
                 [dkim(r, "cleartrace-privacy.com", "s1", "from:subject:to:mime-version:content-type", t=s["when"].epoch),
                  "Date: %s" % w.rfc(0),
                  "From: ClearTrace Notifications <notifications@cleartrace-privacy.com>",
                  "To: powerhousecatalog@alliant-energy.com",
                  "Message-ID: <%s@cleartrace-privacy.com>" % r.uuid(),
                  "Subject: Request %s delivered: PowerHouse Catalog" % ref,
                  "Mime-Version: 1.0",
                  "X-SG-EID: %s" % r.alnum(60),
                  "Auto-Submitted: auto-generated",
                  "X-Entity-ID: %s" % r.alnum(22)], dkim_dom="cleartrace-privacy.com")
    return serialize(heads, root), None


def broker_confirmation(s):
    r = s["rng"]
    w = s["when"]
    rid = "DS-2026-%07d" % r.randint(100000, 999999)
    txt = """Thank you for submitting a privacy request to DataSphere Marketing Solutions.

Request ID: %s
Request type: Do Not Sell or Share / Suppression
Submitted by: customercare@alliant-energy.com

To complete your request, please verify this e-mail address within 7 days:
https://privacy.datasphere-ms.com/verify?rid=%s&t=%s

If you did not submit this request, you can ignore this message.

This mailbox is not monitored. DataSphere Privacy Center, PO Box 4410, Omaha, NE 68103
""" % (rid, rid, r.alnum(32))
    heads = hdrs(s, "privacy-noreply@datasphere-ms.com", "mta-out-07.datasphere-ms.com", "192.0.2.%d" % r.randint(10, 250),
                 ["From: DataSphere Privacy Center <privacy-noreply@datasphere-ms.com>",
                  "To: customercare@alliant-energy.com",
                  "Subject: We received your privacy request (%s)" % rid,
                  "Date: %s" % w.rfc(0),
                  "Message-ID: <%s.%s@datasphere-ms.com>" % (rid, r.hexs(12)),
                  "Auto-Submitted: auto-generated",
                  "Precedence: bulk",
                  "MIME-Version: 1.0"])
    return serialize(heads, text_part(txt, charset="utf-8")), None


def _portal(s, subject, txt, rid):
    r = s["rng"]
    w = s["when"]
    html = ('<html><body style="font-family:Segoe UI,Arial,sans-serif"><div style="background:#0b3d6e;color:#fff;'
            'padding:12px">PrivacyDesk</div><div style="padding:16px">%s</div></body></html>\n') % \
        "<br>".join(esc(l) for l in txt.split("\n"))
    root = Part("multipart/alternative", boundary="----=_Part_%d_%d.%d" % (r.randint(100000, 999999), r.randint(100000000, 999999999), w.epoch * 1000),
                children=[text_part(txt, charset="UTF-8", cte="quoted-printable"),
                          html_part(html, charset="UTF-8", cte="quoted-printable")])
    heads = hdrs(s, "bounce-%s@mail.privacydesk.io" % r.hexs(10), "mail-out-2.privacydesk.io", "198.51.100.%d" % r.randint(10, 250),
                 [dkim(r, "privacydesk.io", "pd1", "from:to:subject:date:message-id", t=s["when"].epoch),
                  "Date: %s" % w.rfc(0),
                  "From: PrivacyDesk <notifications@privacydesk.io>",
                  "Reply-To: PrivacyDesk No-Reply <no-reply@privacydesk.io>",
                  "To: %s" % s["mailbox_addr"],
                  "Message-ID: <%s.%s@privacydesk.io>" % (rid, r.hexs(16)),
                  "Subject: %s" % subject,
                  "MIME-Version: 1.0",
                  "Auto-Submitted: auto-generated",
                  "X-PrivacyDesk-Tenant: alliant-energy",
                  "X-PrivacyDesk-Request: %s" % rid], dkim_dom="privacydesk.io")
    return serialize(heads, root)


def portal_new(s):
    rid = "DSR-%s-%04d" % (s["when"].local.strftime("%Y%m%d"), s["rng"].randint(10, 400))
    txt = """A new request has been submitted in the Alliant Energy Privacy Center.

Request ID: %s
Request type: Do Not Sell or Share My Personal Information
Jurisdiction (self-reported): Iowa
Requester: Paul W. Gerlach
Requester e-mail: pwgerlach@gmail.com
Identity verification: pending

Requester comments:
"Please do not sell or share my information with anyone. I also want off the catalog list."

Assigned to: Customer Care - Privacy queue
Due date: 45 days from submission

Open the request in PrivacyDesk to review and respond:
https://alliant-energy.privacydesk.io/requests/%s

You are receiving this notification because you are a member of the Customer Care - Privacy queue.
""" % (rid, rid)
    return _portal(s, "[PrivacyDesk] New request %s: Do Not Sell or Share" % rid, txt, rid), None


def portal_reminder(s):
    rid = "DSR-2026%02d%02d-%04d" % (max(1, s["when"].local.month - 1), 11, s["rng"].randint(10, 400))
    txt = """Reminder: a privacy request assigned to your queue is due soon.

Request ID: %s
Request type: Access (copy of personal information)
Status: In progress
Days remaining: 5

Open the request in PrivacyDesk:
https://alliant-energy.privacydesk.io/requests/%s

This is an automated reminder. Replies to this message are not monitored.
""" % (rid, rid)
    return _portal(s, "[PrivacyDesk] Reminder: %s due in 5 days" % rid, txt, rid), None


def portal_verified(s):
    rid = "DSR-2026%02d%02d-%04d" % (s["when"].local.month, max(1, s["when"].local.day - 2), s["rng"].randint(10, 400))
    txt = """Identity verification completed.

Request ID: %s
Request type: Deletion
Verification method: e-mail code + matching mailing address
Result: Verified

The request is now ready for fulfilment by the PowerHouse Catalog team. Remember that deletion may be limited by record-retention obligations; document any exception in the request before closing it.

https://alliant-energy.privacydesk.io/requests/%s
""" % (rid, rid)
    return _portal(s, "[PrivacyDesk] Identity verified for %s (Deletion)" % rid, txt, rid), None


# --------------------------------------------------------------------------- newsletters / lists

def _bulk(s, frm, subject, txt, html, list_id, envelope, helo, ip, extra=()):
    r = s["rng"]
    w = s["when"]
    root = Part("multipart/alternative", boundary="_----------=_MCPart_%d" % r.randint(100000000, 999999999),
                children=[text_part(txt, charset="utf-8", cte="quoted-printable"),
                          html_part(html, charset="utf-8", cte="quoted-printable")])
    dom = envelope.split("@")[1]
    heads = hdrs(s, envelope, helo, ip,
                 [dkim(r, dom, "k1", "subject:from:to:date:message-id:list-unsubscribe:list-id", t=s["when"].epoch),
                  "Subject: %s" % hdr_text(subject),
                  "From: %s" % frm,
                  "Reply-To: %s" % frm,
                  "To: <%s>" % s["mailbox_addr"],
                  "Date: %s" % w.rfc(0),
                  "Message-ID: <%s.%s@%s>" % (r.hexs(20), r.hexs(6), dom),
                  "List-ID: %s" % list_id,
                  "List-Unsubscribe: <https://%s/unsubscribe?u=%s&id=%s>, <mailto:unsubscribe-%s@%s>" % (
                      dom, r.hexs(25), r.hexs(10), r.hexs(12), dom),
                  "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
                  "Precedence: bulk",
                  "X-Campaign-ID: %s" % r.hexs(10),
                  "Feedback-ID: %d:%s:%s" % (r.randint(10000, 99999), r.hexs(6), dom),
                  "MIME-Version: 1.0"] + list(extra), dkim_dom=dom)
    return serialize(heads, root)


def newsletter_daily(s):
    w = s["when"]
    date = "%s %d, %d" % (MONTHS_LONG[w.local.month - 1], w.local.day, w.local.year)
    txt = """PRIVACYWIRE DAILY | US EDITION | %s

TOP STORIES

* Iowa: One year in, regulators quiet on Consumer Data Protection Act enforcement
  The Iowa attorney general has yet to announce a public action under chapter 715D. Practitioners say controllers should not read silence as leniency on opt-out of sale.

* Global Privacy Control: more states say the signal is a valid opt-out
  A round-up of which state laws now treat GPC as a request to opt out of sale or sharing, and what "honor the signal" means for logged-in customers.

* Catalogs and list rental under state privacy laws
  Co-op databases and list exchanges count as "sale" in most states. What catalog marketers are changing in their order forms.

* Wisconsin: comprehensive privacy bill stalls again in committee

FROM THE COMMUNITY
Webinar: Building a DSAR workflow that survives an audit (Thursday, 1 p.m. CT)

You are receiving PrivacyWire Daily because customercare@alliant-energy.com subscribed.
Unsubscribe: https://news.privacywire.example/unsubscribe
""" % date
    html = ("<html><body><table width=\"640\" align=\"center\" style=\"font-family:Georgia,serif\"><tr><td>"
            "<h1 style=\"font-size:22px\">PrivacyWire Daily</h1><p>US edition &middot; %s</p>"
            "<h2>Iowa: One year in, regulators quiet on Consumer Data Protection Act enforcement</h2>"
            "<h2>Global Privacy Control: more states say the signal is a valid opt-out</h2>"
            "<h2>Catalogs and list rental under state privacy laws</h2>"
            "<h2>Wisconsin: comprehensive privacy bill stalls again in committee</h2>"
            "<p style=\"font-size:11px;color:#777\">Unsubscribe: https://news.privacywire.example/unsubscribe</p>"
            "</td></tr></table></body></html>\n") % esc(date)
    return _bulk(s, "PrivacyWire Daily <daily@news.privacywire.example>",
                 "PrivacyWire Daily: Iowa enforcement, GPC as opt-out, catalog list rental", txt, html,
                 "PrivacyWire Daily <daily.news.privacywire.example>", "bounce-mc.us21_%d@news.privacywire.example"
                 % s["rng"].randint(1000000, 9999999), "mail%d.suw121.mcdlv.net" % s["rng"].randint(100, 300),
                 "198.2.%d.%d" % (s["rng"].randint(128, 191), s["rng"].randint(2, 250))), None


def newsletter_lawfirm(s):
    txt = """CONSUMER PRIVACY INSIGHTS
Brennan Whitlock LLP

"Do Not Sell" and the catalog co-op: five questions for 2026

Retailers that contribute customer files to cooperative databases, or rent and exchange lists with other mailers, are "selling" personal data under most state privacy statutes, including Iowa's. In this alert we cover:

1. Which disclosures count as a sale or share
2. How to present the opt-out on order forms and in e-mail footers
3. Honoring opt-outs received by e-mail, phone and authorized agents
4. Verifying authorized-agent requests without overburdening consumers
5. Record-keeping: how long to keep opt-out records

Read the full alert: https://www.brennanwhitlock.example/insights/do-not-sell-catalog-coop

Attorney advertising. Prior results do not guarantee a similar outcome.
To stop receiving these alerts, update your preferences: https://www.brennanwhitlock.example/preferences
"""
    html = ("<html><body style=\"font-family:Arial\"><p style=\"color:#7a1f2b;font-weight:bold\">CONSUMER PRIVACY "
            "INSIGHTS</p><h1>&quot;Do Not Sell&quot; and the catalog co-op: five questions for 2026</h1><p>Retailers "
            "that contribute customer files to cooperative databases, or rent and exchange lists with other mailers, "
            "are &quot;selling&quot; personal data under most state privacy statutes, including Iowa&#39;s.</p>"
            "<p><a href=\"https://www.brennanwhitlock.example/insights/do-not-sell-catalog-coop\">Read the full alert"
            "</a></p><p style=\"font-size:10px\">Attorney advertising.</p></body></html>\n")
    r = s["rng"]
    return _bulk(s, "Brennan Whitlock LLP <insights@brennanwhitlock.example>",
                 "Client Alert: \"Do Not Sell\" and the catalog co-op", txt, html,
                 "Brennan Whitlock Insights <insights.brennanwhitlock.example>",
                 "bounces@brennanwhitlock.example", "mta%d.brennanwhitlock.example" % r.randint(1, 9),
                 "192.0.2.%d" % r.randint(10, 250), extra=["X-Mailer: Vuture 4.7"]), None


def newsletter_es(s):
    txt = """BOLETÍN CONSUMIDOR INFORMADO
Red Latina de Consumidores del Medio Oeste

En este número:

• ¿Qué es el Control Global de Privacidad y cómo activarlo en su navegador?
• Su derecho a pedir que no vendan sus datos: modelo de carta para empresas de catálogos
• Robo de identidad: qué hacer si aparece una cuenta de luz o gas a su nombre
• Taller gratuito en Des Moines: "Protege tus datos" (sábado 10 a. m.)

Lea el boletín completo: https://redlatinaconsumidores.example/boletin

Recibe este boletín porque se suscribió en redlatinaconsumidores.example.
Para darse de baja: https://redlatinaconsumidores.example/baja
"""
    html = ("<html><body style=\"font-family:Arial\"><h1>Boletín Consumidor Informado</h1><ul>"
            "<li>¿Qué es el Control Global de Privacidad y cómo activarlo en su navegador?</li>"
            "<li>Su derecho a pedir que no vendan sus datos: modelo de carta para empresas de catálogos</li>"
            "<li>Robo de identidad: qué hacer si aparece una cuenta de luz o gas a su nombre</li>"
            "</ul><p><a href=\"https://redlatinaconsumidores.example/baja\">Darse de baja</a></p></body></html>\n")
    r = s["rng"]
    return _bulk(s, "Red Latina de Consumidores <boletin@redlatinaconsumidores.example>",
                 "Boletín Consumidor Informado: sus derechos de privacidad", txt, html,
                 "Boletin <boletin.redlatinaconsumidores.example>", "rebotes@redlatinaconsumidores.example",
                 "smtp.redlatinaconsumidores.example", "203.0.113.%d" % r.randint(10, 250)), None


def list_post(s):
    r = s["rng"]
    w = s["when"]
    txt = """On a related note -- has anyone else's utility affiliate had to decide whether GPC applies to catalog customers who never log in? Our counsel's view is that we only have to honor it where we can tie the browser to a known customer, which for a paper catalog is basically never.

Curious how others handle the "opt out of sharing" checkbox on phone orders too.

-- 
Marta Kessler
Privacy Program Manager, Great Lakes Gas Cooperative

_______________________________________________
utility-privacy mailing list
utility-privacy@lists.energyprivacy.example
https://lists.energyprivacy.example/mailman/listinfo/utility-privacy
"""
    heads = hdrs(s, "utility-privacy-bounces+customercare=alliant-energy.com@lists.energyprivacy.example",
                 "lists.energyprivacy.example", "192.0.2.%d" % r.randint(10, 250),
                 ["From: Marta Kessler <mkessler@greatlakesgascoop.example>",
                  "To: utility-privacy@lists.energyprivacy.example",
                  "Subject: Re: [utility-privacy] GPC and catalog affiliates",
                  "Date: %s" % w.rfc(),
                  "Message-ID: <%s@greatlakesgascoop.example>" % r.uuid(),
                  "In-Reply-To: <%s@lists.energyprivacy.example>" % r.hexs(16),
                  "References: <%s@lists.energyprivacy.example>" % r.hexs(16),
                  "List-Id: Utility privacy practitioners <utility-privacy.lists.energyprivacy.example>",
                  "List-Unsubscribe: <https://lists.energyprivacy.example/mailman/options/utility-privacy>,\n"
                  " <mailto:utility-privacy-request@lists.energyprivacy.example?subject=unsubscribe>",
                  "List-Archive: <https://lists.energyprivacy.example/pipermail/utility-privacy/>",
                  "List-Post: <mailto:utility-privacy@lists.energyprivacy.example>",
                  "List-Help: <mailto:utility-privacy-request@lists.energyprivacy.example?subject=help>",
                  "List-Subscribe: <https://lists.energyprivacy.example/mailman/listinfo/utility-privacy>,\n"
                  " <mailto:utility-privacy-request@lists.energyprivacy.example?subject=subscribe>",
                  "Precedence: list",
                  "Errors-To: utility-privacy-bounces+customercare=alliant-energy.com@lists.energyprivacy.example",
                  "Sender: \"utility-privacy\" <utility-privacy-bounces+customercare=alliant-energy.com@lists.energyprivacy.example>",
                  "X-Mailman-Version: 2.1.39",
                  "MIME-Version: 1.0"])
    p = text_part(txt, charset="us-ascii", cte="7bit", quote_cs=False)
    return serialize(heads, p), None


# --------------------------------------------------------------------------- legal e-filing

def efile_pscw(s):
    r = s["rng"]
    w = s["when"]
    pid = r.randint(500000, 599999)
    txt = """Public Service Commission of Wisconsin
Electronic Records Filing (ERF) System - Filing Notification

A new document has been filed in a docket to which you are subscribed.

Docket: 6680-UR-124
Title: Application of Wisconsin Power and Light Company for Authority to Adjust Electric and Natural Gas Rates
PSC REF#: %d
Document type: Comments
Filed by: Citizens Utility Board of Wisconsin
Filed date: %s/%s/%d
Description: CUB comments on customer data access and privacy provisions

View the document: https://apps.psc.wi.gov/ERF/ERFview/viewdoc.aspx?docid=%d

This is an automatically generated message. Please do not reply. To change your docket subscriptions, log in to the ERF system.
""" % (pid, "%02d" % w.local.month, "%02d" % w.local.day, w.local.year, pid)
    heads = hdrs(s, "erf-noreply@wisconsin.gov", "smtp-relay.wisconsin.gov", "165.189.%d.%d" % (r.randint(1, 250), r.randint(2, 250)),
                 ["From: PSC ERF Notification <erf-noreply@wisconsin.gov>",
                  "To: customercare@alliant-energy.com",
                  "Subject: ERF Filing Notification - Docket 6680-UR-124 - PSC REF# %d" % pid,
                  "Date: %s" % w.rfc(),
                  "Message-ID: <ERF.%d.%s@psc.wi.gov>" % (pid, r.hexs(8)),
                  "X-Mailer: PSC ERF Notifier 3.2",
                  "Auto-Submitted: auto-generated",
                  "MIME-Version: 1.0"])
    return serialize(heads, text_part(txt, charset="us-ascii", quote_cs=False)), None


def efile_iuc(s):
    r = s["rng"]
    w = s["when"]
    txt = """IOWA UTILITIES COMMISSION
Electronic Filing System (EFS) - Notice of Filing

The following document was filed electronically and served on the parties to this docket.

Docket No.: RPU-2026-0001
Company: Interstate Power and Light Company
Document: Response to Consumer Advocate Data Request No. 47 (customer information sharing with affiliates)
Filed by: Interstate Power and Light Company
Date filed: %s %d, %d

To view the filing, log in to EFS: https://efs.iowa.gov/efs/ShowDocketSummary.do?docketNumber=RPU-2026-0001

You are receiving this notice because your e-mail address is on the service list for this docket. This mailbox is not monitored.
""" % (MONTHS_LONG[w.local.month - 1], w.local.day, w.local.year)
    heads = hdrs(s, "efs-notification@iowa.gov", "mail-relay.iowa.gov", "164.165.%d.%d" % (r.randint(1, 250), r.randint(2, 250)),
                 ["From: IUC EFS <efs-notification@iowa.gov>",
                  "To: customercare@alliant-energy.com",
                  "Subject: EFS Notice of Filing: RPU-2026-0001",
                  "Date: %s" % w.rfc(),
                  "Message-ID: <%d.%d.JavaMail.efs@efsprod02>" % (r.randint(1000000, 9999999), w.epoch * 1000),
                  "MIME-Version: 1.0",
                  "Auto-Submitted: auto-generated"])
    return serialize(heads, text_part(txt, charset="UTF-8", quote_cs=False)), None


def efile_cmecf(s):
    r = s["rng"]
    w = s["when"]
    case = "1:26-cv-%05d" % r.randint(100, 900)
    t = w.local
    html = """<p><strong>This is an automatic e-mail message generated by the CM/ECF system. Please DO NOT RESPOND to this e-mail because the mail box is unattended.</strong></p>
<p><strong>***NOTE TO PUBLIC ACCESS USERS*** Judicial Conference of the United States policy permits attorneys of record and parties in a case (including pro se litigants) to receive one free electronic copy of all documents filed electronically, if receipt is required by law or directed by the filer. PACER access fees apply to all other users. To avoid later charges, download a copy of each document during this first viewing.</strong></p>
<p align="center"><strong>U.S. District Court</strong></p>
<p align="center"><strong>Northern District of Iowa</strong></p>
<p><strong>Notice of Electronic Filing</strong></p>
<p>The following transaction was entered by Okafor-Reyes, Dana on %d/%d/%d at %s %s and filed on %d/%d/%d</p>
<table border="0" cellspacing="0">
<tr><td><strong>Case Name:</strong></td><td>Harmon et al v. Interstate Power and Light Company et al</td></tr>
<tr><td><strong>Case Number:</strong></td><td>%s</td></tr>
<tr><td><strong>Filer:</strong></td><td>Linda Harmon</td></tr>
<tr><td><strong>Document Number:</strong></td><td>14</td></tr>
</table>
<p><strong>Docket Text:</strong><br>
MOTION for Leave to File First Amended Class Action Complaint (alleging disclosure of customer names and addresses to third-party marketers) by Linda Harmon. (Attachments: # (1) Proposed Amended Complaint)(Okafor-Reyes, Dana)</p>
<p><strong>%s Notice has been electronically mailed to:</strong></p>
<p>Dana Okafor-Reyes &nbsp;&nbsp; dokafor-reyes@okaforreyeslaw.example</p>
<p>Customer Care (courtesy copy) &nbsp;&nbsp; customercare@alliant-energy.com</p>
""" % (t.month, t.day, t.year, w.h12(), w.zone, t.month, t.day, t.year, case, case)
    heads = hdrs(s, "ecf_notification@iand.uscourts.gov", "icmecf101.gtwy.uscourts.gov", "199.107.%d.%d" % (r.randint(1, 250), r.randint(2, 250)),
                 ["Date: %s" % w.rfc(),
                  "From: ecf_notification@iand.uscourts.gov",
                  "To: ecf_notification@iand.uscourts.gov",
                  "Message-ID: <%d@iand.uscourts.gov>" % r.randint(10000000, 99999999),
                  "Subject: Activity in Case %s Harmon et al v. Interstate Power and Light Company et al Motion for "
                  "Leave to File" % case,
                  "MIME-Version: 1.0",
                  "X-Priority: 3",
                  "X-Mailer: CM/ECF"])
    return serialize(heads, html_part(html, charset="us-ascii", cte="7bit", quote_cs=False)), None


# --------------------------------------------------------------------------- phishing

def phish_mailbox(s):
    r = s["rng"]
    w = s["when"]
    html = """<html><body style="font-family:Segoe UI,Arial"><p>Dear customercare,</p>
<p>As part of our updated <b>Data Privacy &amp; Retention Policy</b>, all staff mailboxes that process customer opt-out and &quot;Do Not Sell&quot; requests must be re-validated before %s %d.</p>
<p>Mailboxes that are not re-validated will be <b>suspended</b> and pending privacy requests will be lost.</p>
<p><a href="https://alliant-energy-secure.com.validate-portal.example/owa/?u=customercare" style="background:#0078d4;color:#fff;padding:8px 16px;text-decoration:none">Re-validate mailbox</a></p>
<p>IT Service Desk<br>Alliant Energy</p></body></html>
""" % (MONTHS_LONG[w.local.month - 1], min(28, w.local.day + 2))
    heads = hdrs(s, "bounce@mx-relay-44.validate-portal.example", "mx-relay-44.validate-portal.example",
                 "203.0.113.%d" % r.randint(10, 250),
                 ["From: \"Alliant Energy IT Service Desk\" <it-helpdesk@alliant-energy-secure.com>",
                  "To: customercare@alliant-energy.com",
                  "Subject: ACTION REQUIRED: Re-validate your mailbox under the new Data Privacy Policy",
                  "Date: %s" % w.rfc(0),
                  "Message-ID: <%s@alliant-energy-secure.com>" % r.hexs(24),
                  "X-Priority: 1",
                  "MIME-Version: 1.0"], auth=False)
    return serialize(heads, html_part(html, charset="utf-8", cte="base64")), None


def phish_dsar(s):
    r = s["rng"]
    w = s["when"]
    html = """<html><body><p>Hello PowerHouse Catalog,</p>
<p>You have received a formal <b>Data Subject Access Request</b> under applicable state privacy law. The requester has asked for a copy of all personal data and for the deletion of their records. You are legally required to respond within <b>72 hours</b> or face statutory penalties.</p>
<p>The request and the requester's identity documents are stored in our secure portal. Open the attached secure file and sign in with your company e-mail to view them.</p>
<p>Legal Notices Department<br>Consumer Privacy Compliance Office</p></body></html>
"""
    att_html = ('<html><head><script>var u="https://login-privacy-review.example/auth?e=powerhousecatalog%40alliant-energy.com";'
                'window.location.href=u;</script></head><body>Loading secure document...</body></html>\n')
    body = Part("multipart/alternative", boundary="----=_NextPart_%s" % r.hexs(16), children=[
        text_part("You have received a formal Data Subject Access Request. Open the attached secure file to view it.\n",
                  charset="utf-8"), html_part(html, charset="utf-8", cte="quoted-printable")])
    att = Part('text/html; name="DSAR_Request_Secure_%s.htm"' % r.digits(6), cte="base64",
               disposition='attachment; filename="DSAR_Request_Secure_%s.htm"' % r.digits(6),
               raw_body=enc_b64(att_html.encode()))
    root = Part("multipart/mixed", boundary="----=_Mixed_%s" % r.hexs(16), children=[body, att])
    heads = hdrs(s, "legal@privacy-legal-notice.example", "vps%d.hostingcloud.example" % r.randint(1000, 9999),
                 "192.0.2.%d" % r.randint(10, 250),
                 ["From: Consumer Privacy Compliance Office <legal@privacy-legal-notice.example>",
                  "To: powerhousecatalog@alliant-energy.com",
                  "Subject: URGENT: Data Subject Access Request - response required within 72 hours",
                  "Date: %s" % w.rfc(0),
                  "Message-ID: <%s@privacy-legal-notice.example>" % r.hexs(20),
                  "X-Mailer: PHPMailer 5.2.9",
                  "MIME-Version: 1.0"], auth=False)
    return serialize(heads, root), None


def phish_m365(s):
    r = s["rng"]
    w = s["when"]
    txt = """Microsoft 365

3 incoming messages for customercare@alliant-energy.com are on hold because of the GDPR data-retention policy applied to your organisation.

Messages on hold:
- "Re: Opt-out request"  (held)
- "Do Not Sell My Personal Information"  (held)
- "Invoice 88412"  (held)

Release messages: https://m365-complianceportal.example/release?mbx=customercare%%40alliant-energy.com

Messages not released within 48 hours will be deleted permanently.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
"""
    heads = hdrs(s, "noreply@m365-complianceportal.example", "mail.m365-complianceportal.example",
                 "198.51.100.%d" % r.randint(10, 250),
                 ["From: \"Microsoft Outlook\" <no-reply@m365-complianceportal.example>",
                  "To: customercare@alliant-energy.com",
                  "Subject: [Action needed] 3 messages held under GDPR retention policy",
                  "Date: %s" % w.rfc(0),
                  "Message-ID: <%s@m365-complianceportal.example>" % r.uuid(),
                  "MIME-Version: 1.0"], auth=False)
    return serialize(heads, text_part(txt, charset="utf-8", cte="quoted-printable")), None


def phish_es(s):
    r = s["rng"]
    w = s["when"]
    html = """<html><body style="font-family:Arial"><p>Estimado cliente:</p>
<p>Hemos actualizado nuestro <b>Aviso de Privacidad</b>. Para seguir recibiendo el servicio eléctrico sin interrupciones debe confirmar sus datos personales y su método de pago antes de 24 horas.</p>
<p>Si no confirma, su cuenta será <b>suspendida</b> y se cobrará un cargo de reconexión de $85.</p>
<p><a href="https://alliant-energia-clientes.example/confirmar">CONFIRMAR MIS DATOS</a></p>
<p>Atentamente,<br>Departamento de Privacidad<br>Alliant Energy</p></body></html>
"""
    heads = hdrs(s, "aviso@alliant-energia-clientes.example", "srv%d.alliant-energia-clientes.example" % r.randint(1, 40),
                 "203.0.113.%d" % r.randint(10, 250),
                 ["From: %s" % hdr_addr("Servicio al Cliente Alliant", "aviso@alliant-energia-clientes.example"),
                  "To: customercare@alliant-energy.com",
                  "Subject: %s" % hdr_text("Aviso de privacidad: su cuenta será suspendida"),
                  "Date: %s" % w.rfc(0),
                  "Message-ID: <%s@alliant-energia-clientes.example>" % r.hexs(18),
                  "MIME-Version: 1.0"], auth=False)
    return serialize(heads, html_part(html, charset="utf-8", cte="quoted-printable")), None


# --------------------------------------------------------------------------- list buyers and sales pitches

def list_broker(s):
    r = s["rng"]
    w = s["when"]
    txt = """Hi there,

I manage list brokerage for several home and garden catalogs in the Upper Midwest. One of my clients, a mailer of outdoor power equipment and generators, would like to test the PowerHouse Catalog buyers file for their fall drop.

What we're looking for:
- 12-month buyers, $50+ average order
- IA, WI, MN, IL ZIPs
- Approx. 25,000 names, one-time use, net name arrangement

Could you send your current data card and rental rate, or let me know which list manager handles the file?

Thanks,
Dana Whitcomb
Meridian List Services
(612) 555-0187
"""
    heads = hdrs(s, "dwhitcomb@meridianlists.example", "mail.meridianlists.example", "192.0.2.%d" % r.randint(10, 250),
                 ["From: Dana Whitcomb <dwhitcomb@meridianlists.example>",
                  "To: powerhousecatalog@alliant-energy.com",
                  "Subject: List rental inquiry - PowerHouse Catalog buyers file",
                  "Date: %s" % w.rfc_pad(),
                  "Message-ID: <%s01dc%s$%s$%s@meridianlists.example>" % ("0000", r.hexs(4), r.hexs(8), r.hexs(8)),
                  "X-Mailer: Microsoft Outlook 16.0",
                  "MIME-Version: 1.0"])
    return serialize(heads, text_part(txt, charset="us-ascii")), None


def list_small_buyer(s):
    r = s["rng"]
    w = s["when"]
    txt = """Hello,

I own a small woodstove and chimney business in Decorah and I'm trying to reach more homeowners in northeast Iowa. Would you be willing to sell or rent us your catalog customer list for Winneshiek, Allamakee and Fayette counties? Even just names and mailing addresses would help.

Happy to pay whatever's standard. Let me know!

Thanks,
Gary Lundeen
Lundeen Hearth & Chimney
"""
    s2 = dict(s)
    s2["frm"] = ("Gary Lundeen", "lundeenhearth@gmail.com")
    s2["program"] = "gmail"
    heads = hdrs(s, "lundeenhearth@gmail.com", "mail-yw1-f177.google.com", "209.85.128.177",
                 [dkim(r, "gmail.com", "20230601", "to:subject:message-id:date:from:mime-version", t=s["when"].epoch),
                  "MIME-Version: 1.0",
                  "From: Gary Lundeen <lundeenhearth@gmail.com>",
                  "Date: %s" % w.rfc(),
                  "Message-ID: <CA%s@mail.gmail.com>" % r.alnum(56),
                  "Subject: Buying your customer mailing list?",
                  "To: powerhousecatalog@alliant-energy.com"], dkim_dom="gmail.com")
    root = Part("multipart/alternative", boundary="000000000000" + r.hexs(12), children=[
        text_part(txt, charset="UTF-8"),
        html_part('<div dir="ltr">%s</div>\n' % "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in txt.split("\n")),
                  charset="UTF-8")])
    return serialize(heads, root), None


def coop_invite(s):
    txt = """Grow your catalog file with HearthNet, the cooperative database for home, hearth and garden mailers.

Members contribute their buyer files and get access to modeled prospect names from 140+ catalogs. Typical response lift: 18-25%% over rented lists.

Privacy built in: HearthNet honors every contributor's opt-outs and Do Not Sell requests and maintains a co-op wide suppression file.

Book a 20-minute call: https://prismcoop.example/hearthnet/demo

Prism Cooperative Data, 800 Marquette Ave, Minneapolis, MN 55402
Unsubscribe: https://prismcoop.example/u/%s
""" % s["rng"].hexs(16)
    html = ("<html><body style=\"font-family:Helvetica\"><h1>Grow your catalog file with HearthNet</h1><p>Members "
            "contribute their buyer files and get access to modeled prospect names from 140+ catalogs.</p><p>Privacy "
            "built in: HearthNet honors every contributor&#39;s opt-outs and Do Not Sell requests.</p><p><a href=\""
            "https://prismcoop.example/hearthnet/demo\">Book a 20-minute call</a></p></body></html>\n")
    r = s["rng"]
    return _bulk(s, "Prism Cooperative Data <hello@prismcoop.example>",
                 "PowerHouse Catalog + HearthNet: 18-25% response lift", txt, html,
                 "<prospecting.prismcoop.example>", "bounce-%s@em.prismcoop.example" % r.hexs(8),
                 "o%d.em.prismcoop.example" % r.randint(1, 9), "149.72.%d.%d" % (r.randint(1, 250), r.randint(2, 250))), None


def cold_audit(s):
    r = s["rng"]
    w = s["when"]
    txt = """Hi Customer Care team,

I ran a quick scan of alliant-energy.com and found 7 privacy compliance gaps, including:

- "Do Not Sell or Share" link not shown on the PowerHouse Catalog order page
- Global Privacy Control signal not detected as honored
- No authorized-agent instructions in the privacy notice

Fines under state privacy laws can reach $7,500 per violation. Want me to send the full report? It's free, and I can walk your team through fixes in 15 minutes.

Best,
Jordan Pike
Growth, ComplyScan
https://complyscan.example

If you'd rather not hear from me, just reply "no thanks".
"""
    heads = hdrs(s, "jordan@outreach.complyscan.example", "mail-out.outreach.complyscan.example",
                 "198.51.100.%d" % r.randint(10, 250),
                 ["From: Jordan Pike <jordan@outreach.complyscan.example>",
                  "To: customercare@alliant-energy.com",
                  "Subject: 7 privacy gaps on alliant-energy.com",
                  "Date: %s" % w.rfc(0),
                  "Message-ID: <%s@outreach.complyscan.example>" % r.uuid(),
                  "X-Mailer: Apollo.io",
                  "MIME-Version: 1.0"])
    return serialize(heads, text_part(txt, charset="utf-8")), None


# --------------------------------------------------------------------------- system / vendor / receipts

def read_receipt(s):
    r = s["rng"]
    rcpt = "jbuettner@buettnerlaw.example"
    o = sent(s, "ack", rcpt, 60 * 3, their_subject="Opt-out of marketing for our office", whats=["marketing"])
    w = s["when"]
    txt = """Your message

  To: %s
  Subject: %s
  Sent: %s, %s %d, %d %s

was read on %s, %s %d, %d %s.
""" % (rcpt, o["subject"], DAYS[o["when"].local.weekday()], MONTHS_LONG[o["when"].local.month - 1], o["when"].local.day,
       o["when"].local.year, o["when"].h12(), DAYS[w.local.weekday()], MONTHS_LONG[w.local.month - 1], w.local.day,
       w.local.year, w.h12())
    mdn = """Reporting-UA: buettnerlaw.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;%s
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed
""" % (rcpt, o["mid"])
    root = Part("multipart/report", params=[("report-type", "disposition-notification")],
                boundary="----=_NextPart_000_%s_01DC%s.%s" % (r.HEXS(4), r.HEXS(4), r.HEXS(8)), children=[
                    text_part(txt, charset="us-ascii"), Part("message/disposition-notification", raw_body=mdn)],
                raw_body="This is a multipart message in MIME format.\n")
    heads = hdrs(s, rcpt, "mail.buettnerlaw.example", "203.0.113.%d" % r.randint(10, 250),
                 ["From: \"Buettner, Joan\" <%s>" % rcpt,
                  "To: <customercare@alliant-energy.com>",
                  "Subject: Read: %s" % o["subject"],
                  "Date: %s" % w.rfc_pad(),
                  "Message-ID: <000001dc%s$%s$%s@buettnerlaw.example>" % (r.hexs(4), r.hexs(8), r.hexs(8)),
                  "MIME-Version: 1.0",
                  "X-Mailer: Microsoft Outlook 16.0"])
    return serialize(heads, root), "ack"


def challenge_response(s):
    r = s["rng"]
    rcpt = "walt.heinz@heinzfarms.example"
    o = sent(s, "ack", rcpt, 4, their_subject="Don't share my name", whats=["share"])
    w = s["when"]
    tok = r.alnum(32)
    txt = """Hello,

You recently sent a message to walt.heinz@heinzfarms.example with the subject:

    %s

To protect against spam, this address only accepts mail from approved senders. Please click the link below to verify that you are a real person, and your message will be delivered.

https://mailguard.example/verify/%s

You will only need to do this once. Messages that are not verified within 7 days are deleted.

MailGuard Sender Verification
""" % (o["subject"], tok)
    heads = hdrs(s, "verify@mailguard.example", "mx2.mailguard.example", "192.0.2.%d" % r.randint(10, 250),
                 ["From: \"Walt Heinz (via MailGuard)\" <verify@mailguard.example>",
                  "To: customercare@alliant-energy.com",
                  "Subject: Please verify your message to walt.heinz@heinzfarms.example",
                  "Date: %s" % w.rfc(0),
                  "Message-ID: <%s@mailguard.example>" % tok,
                  "In-Reply-To: %s" % o["mid"],
                  "Auto-Submitted: auto-replied",
                  "X-Challenge: sender-verification",
                  "MIME-Version: 1.0"])
    return serialize(heads, text_part(txt, charset="us-ascii")), "ack"


def arf_report(s):
    r = s["rng"]
    rcpt = "redacted@mediacombb.net"
    o = sent(s, "promo_thermostat", rcpt, 60 * 20, rcpt_host="mx.mediacombb.net")
    w = s["when"]
    txt = """This is an email abuse report for an email message received from IP 198.51.100.25 on %s.
A subscriber marked this message as spam. For more information about this format, see RFC 5965.
To stop receiving these reports, contact fbl-admin@mediacombb.net.
""" % o["when"].rfc(0)
    fb = """Feedback-Type: abuse
User-Agent: MediacomFBL/1.2
Version: 1
Original-Mail-From: <bounces+%s@mail.alliant-energy.com>
Arrival-Date: %s
Source-IP: 198.51.100.25
Reported-Domain: alliant-energy.com
Redacted-Address: redacted
""" % (r.hexs(8), o["when"].rfc(0))
    root = Part("multipart/report", params=[("report-type", "feedback-report")], boundary="fbl_%s" % r.hexs(20), children=[
        text_part(txt, charset="us-ascii"), Part("message/feedback-report", raw_body=fb),
        Part("message/rfc822", raw_body=ours_raw(o), disposition="inline")])
    heads = hdrs(s, "fbl@mediacombb.net", "fbl1.mediacombb.net", "198.51.100.%d" % r.randint(100, 200),
                 ["From: Mediacom Feedback Loop <fbl@mediacombb.net>",
                  "To: customercare@alliant-energy.com",
                  "Subject: FBL report: abuse complaint for alliant-energy.com",
                  "Date: %s" % w.rfc(0),
                  "Message-ID: <fbl.%s@mediacombb.net>" % r.hexs(16),
                  "Auto-Submitted: auto-generated",
                  "MIME-Version: 1.0"])
    return serialize(heads, root), "promo_thermostat"


def calendar_invite(s):
    r = s["rng"]
    w = s["when"]
    start = w.plus(days=9)
    st = start.local.replace(hour=10, minute=0, second=0)
    uid = r.hexs(26) + "@google.com"
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:%s
DTEND;TZID=America/Chicago:%s
DTSTAMP:%s
ORGANIZER;CN=Renee Albrecht:mailto:ralbrecht@badgerstatemail.example
UID:%s
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=customercare@alliant-energy.com;X-NUM-GUESTS=0:mailto:customercare@alliant-energy.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Renee Albrecht;X-NUM-GUESTS=0:mailto:ralbrecht@badgerstatemail.example
DESCRIPTION:Quarterly review of the opt-out and do-not-share suppression files before the fall catalog drop.
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Suppression file review - fall catalog
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""" % (st.strftime("%Y%m%dT%H%M%S"), st.replace(minute=30).strftime("%Y%m%dT%H%M%S"),
       w.utc.strftime("%Y%m%dT%H%M%SZ"), uid)
    desc = "Suppression file review - fall catalog\n%s %d, %d 10am - 10:30am (Central Time - Chicago)\n\nQuarterly review of the opt-out and do-not-share suppression files before the fall catalog drop.\n\nInvitation from Google Calendar\n" % (
        DAYS_LONG_EN[st.weekday()], st.day, st.year)
    desc = desc.replace("%s %d" % (DAYS_LONG_EN[st.weekday()], st.day), "%s %s %d" % (DAYS_LONG_EN[st.weekday()], MONTHS_LONG[st.month - 1], st.day))
    alt = Part("multipart/alternative", boundary="000000000000" + r.hexs(12), children=[
        text_part(desc, charset="UTF-8"),
        html_part("<p>%s</p>\n" % "<br>".join(esc(l) for l in desc.split("\n")), charset="UTF-8"),
        Part("text/calendar", raw_body=ics, charset="UTF-8", params=[("method", "REQUEST")], cte="7bit")])
    ics_att = Part('application/ics; name="invite.ics"', cte="base64", disposition='attachment; filename="invite.ics"',
                   raw_body=enc_b64(ics.replace("\n", "\r\n").encode()))
    root = Part("multipart/mixed", boundary="000000000000" + r.hexs(12), children=[alt, ics_att])
    heads = hdrs(s, "ralbrecht@badgerstatemail.example", "mail-sor-f41.google.com", "209.85.220.41",
                 ["MIME-Version: 1.0",
                  "Reply-To: Renee Albrecht <ralbrecht@badgerstatemail.example>",
                  "Sender: Google Calendar <calendar-notification@google.com>",
                  "Auto-Submitted: auto-generated",
                  "Message-ID: <calendar-%s@google.com>" % r.uuid(),
                  "Date: %s" % w.rfc(0),
                  "Subject: Invitation: Suppression file review - fall catalog @ %s %s %d, %d 10am - 10:30am (%s) "
                  "(customercare@alliant-energy.com)" % (DAYS[st.weekday()], MONTHS[st.month - 1], st.day, st.year,
                                                         When(st).zone),
                  "From: Renee Albrecht <ralbrecht@badgerstatemail.example>",
                  "To: customercare@alliant-energy.com"])
    return serialize(heads, root), None


DAYS_LONG_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def suppression_report(s):
    r = s["rng"]
    w = s["when"]
    job = "26-%04d" % r.randint(300, 900)
    txt = """Badger State Mail Services - Job Processing Report

Job: %s  PowerHouse Catalog - Summer drop
Client: PowerHouse Catalog (Alliant Energy)
Input records: 48,912

Suppressions applied:
  Client do-not-mail / marketing opt-outs ........ 2,317
  Client do-not-share (list exchange) flags ....... 1,204  (excluded from exchange output only)
  DMAchoice mail preference ......................... 611
  Deceased (DDS) .................................... 143
  NCOA moves without forwarding ..................... 388

Mailable records: 43,453
Exchange output file: withheld pending client approval

The detailed suppression file is attached (CSV). This report is generated automatically; contact your account manager with questions.
""" % job
    csv = "reason,count\nmarketing_opt_out,2317\ndo_not_share,1204\ndmachoice,611\ndeceased,143\nncoa_nixie,388\n"
    root = Part("multipart/mixed", boundary="=_bsms_%s" % r.hexs(12), children=[
        text_part(txt, charset="us-ascii"),
        Part('text/csv; name="job_%s_suppression_summary.csv"' % job, cte="base64",
             disposition='attachment; filename="job_%s_suppression_summary.csv"' % job, raw_body=enc_b64(csv.encode()))])
    heads = hdrs(s, "jobs@badgerstatemail.example", "relay.badgerstatemail.example", "203.0.113.%d" % r.randint(10, 250),
                 ["From: BSMS Job Reports <jobs@badgerstatemail.example>",
                  "To: powerhousecatalog@alliant-energy.com",
                  "Subject: Job %s processing report - suppressions applied" % job,
                  "Date: %s" % w.rfc(),
                  "Message-ID: <job-%s-%s@badgerstatemail.example>" % (job, r.hexs(8)),
                  "Auto-Submitted: auto-generated",
                  "MIME-Version: 1.0"])
    return serialize(heads, root), None


# --------------------------------------------------------------------------- specs

M = [
    dict(sid="M01", cat="bounce: Postfix, our acknowledgement", mailbox="cc", lang="en", program="Postfix DSN",
         build=b_postfix_ack, note="Postfix DSN for our acknowledgement; the returned copy quotes an opt-out "
                                  "acknowledgement, which must not be read as a request."),
    dict(sid="M02", cat="bounce: Exchange Online NDR, our promotion", mailbox="cc", lang="en", program="Exchange Online NDR",
         build=b_o365_promo, note="Office 365 NDR for a promotion; includes our List-Unsubscribe header in the "
                                 "returned headers.", months=(3, 5)),
    dict(sid="M03", cat="bounce: Gmail, our catalog e-mail", mailbox="ph", lang="en", program="Gmail DSN",
         build=b_gmail_catalog, note="Gmail 'Address not found' for a catalog e-mail whose footer talks about "
                                    "list sharing.", months=(3, 5)),
    dict(sid="M04", cat="bounce: Yahoo failure notice, our catalog e-mail", mailbox="ph", lang="en",
         program="Yahoo Mail Delivery Agent", build=b_yahoo_catalog,
         note="Non-MIME Yahoo failure notice with our whole catalog e-mail below the line.", months=(11, 12)),
    dict(sid="M05", cat="bounce: Exim mailbox full, our newsletter", mailbox="cc", lang="en", program="Exim",
         build=b_exim_newsletter, note="Exim bounce (no MIME structure) carrying our newsletter and its "
                                      "unsubscribe footer.", months=(6, 8)),
    dict(sid="M06", cat="bounce: Outlook.com NDR in Spanish", mailbox="cc", lang="es", program="Outlook.com NDR (Spanish)",
         build=b_outlook_es, note="Spanish-language NDR (base64 body) for our Spanish promotion whose footer says "
                                 "'responda BAJA'.", months=(6, 9)),
    dict(sid="M07", cat="delay warning: Postfix", mailbox="ph", lang="en", program="Postfix DSN (delayed)",
         build=b_postfix_delay, note="Delay DSN (Action: delayed) for our acknowledgement of a share opt-out; a "
                                    "warning, still machine mail."),
    dict(sid="M08", cat="auto-reply: Outlook out-of-office to our acknowledgement", mailbox="cc", lang="en",
         program="Exchange Online auto-reply", build=ar_outlook_ack,
         note="Automatic reply (Auto-Submitted) to our acknowledgement; 'Re:'-style subject of an opt-out."),
    dict(sid="M09", cat="auto-reply: headerless 'mailbox no longer monitored'", mailbox="ph", lang="en",
         program="clinic mail server", build=ar_headerless_unmonitored,
         note="Auto-reply without Auto-Submitted or Precedence headers; rulebook: headerless auto-replies are "
              "automated.", months=(3, 5)),
    dict(sid="M10", cat="auto-reply: Spanish out-of-office", mailbox="ph", lang="es", program="Outlook.com auto-reply (Spanish)",
         build=ar_spanish_ooo, note="'Respuesta automática' to the holiday catalog e-mail.", months=(11, 11)),
    dict(sid="M11", cat="auto-reply: Gmail vacation responder", mailbox="cc", lang="en", program="Gmail vacation responder",
         build=ar_gmail_vacation, note="Gmail vacation reply to our newsletter ('Re:' subject, Auto-Submitted).",
         months=(6, 6)),
    dict(sid="M12", cat="auto-reply: law firm receipt to our acknowledgement", mailbox="cc", lang="en",
         program="law-firm mail server", build=ar_lawfirm,
         note="Law office's automatic receipt of our acknowledgement, with confidentiality boilerplate."),
    dict(sid="M13", cat="removal-service delivery confirmation", mailbox="ph", lang="en", program="ClearTrace (SendGrid)",
         build=removal_confirmation,
         note="Data-removal service's automated delivery/status notice copied to us; the request itself comes "
              "separately (the service's agent mail is a person's request, this notice is not)."),
    dict(sid="M14", cat="data-broker confirmation (to our own suppression request)", mailbox="cc", lang="en",
         program="DataSphere privacy center", build=broker_confirmation,
         note="Broker confirming a request our staff submitted; words like 'Do Not Sell' and 'Suppression' "
              "do not make it a customer request."),
    dict(sid="M15", cat="DSAR portal: new request notification", mailbox="cc", lang="en", program="PrivacyDesk portal",
         build=portal_new,
         note="Portal system notice quoting a consumer's 'do not sell / off the catalog list' comment; the request "
              "lives in the portal, this mail is system notification (rulebook: vendor system mail)."),
    dict(sid="M16", cat="DSAR portal: due-date reminder", mailbox="cc", lang="en", program="PrivacyDesk portal",
         build=portal_reminder, note="Deadline reminder from the privacy-request portal."),
    dict(sid="M17", cat="DSAR portal: identity verified", mailbox="ph", lang="en", program="PrivacyDesk portal",
         build=portal_verified, note="Verification-complete notice for a deletion request; system mail."),
    dict(sid="M18", cat="privacy newsletter digest", mailbox="cc", lang="en", program="Mailchimp-style ESP",
         build=newsletter_daily, note="Daily privacy-news digest full of 'opt-out', 'Do Not Sell', GPC; bulk mail."),
    dict(sid="M19", cat="law-firm privacy client alert", mailbox="ph", lang="en", program="Vuture (law-firm ESP)",
         build=newsletter_lawfirm, note="Client alert about Do Not Sell and catalog co-ops; bulk marketing mail."),
    dict(sid="M20", cat="Spanish consumer-rights newsletter", mailbox="cc", lang="es", program="bulk mailer",
         build=newsletter_es, note="Spanish newsletter about GPC, do-not-sell letters and identity theft; bulk."),
    dict(sid="M21", cat="mailing-list post", mailbox="cc", lang="en", program="Mailman 2.1",
         build=list_post, note="Practitioners' list traffic about GPC and opt-out checkboxes (rulebook: mailing-"
                              "list posts are not requests)."),
    dict(sid="M22", cat="e-filing: PSC of Wisconsin ERF notification", mailbox="cc", lang="en", program="PSC ERF",
         build=efile_pscw, note="Regulatory docket notification about customer-data comments; system mail."),
    dict(sid="M23", cat="e-filing: Iowa Utilities Commission EFS notice", mailbox="cc", lang="en", program="IUC EFS",
         build=efile_iuc, note="EFS service notice about a data-request response on affiliate information sharing."),
    dict(sid="M24", cat="e-filing: federal CM/ECF Notice of Electronic Filing", mailbox="cc", lang="en", program="CM/ECF",
         build=efile_cmecf, note="NEF (HTML only) in a class action about disclosure to marketers; automatic court "
                                "mail, 'DO NOT RESPOND'."),
    dict(sid="M25", cat="phishing: mailbox re-validation 'privacy policy'", mailbox="cc", lang="en", program="spam relay",
         build=phish_mailbox, note="Credential phishing dressed as a privacy-policy notice from our IT; base64 HTML."),
    dict(sid="M26", cat="phishing: fake DSAR with HTML attachment", mailbox="ph", lang="en", program="PHPMailer (spam)",
         build=phish_dsar, note="Looks like an access/deletion request but is phishing (72-hour threat, .htm "
                               "attachment redirecting to a login page): automated, no labels."),
    dict(sid="M27", cat="phishing: fake Microsoft 365 GDPR hold", mailbox="cc", lang="en", program="spam relay",
         build=phish_m365, note="Fake quarantine notice naming opt-out subjects to bait a click."),
    dict(sid="M28", cat="phishing in Spanish: 'aviso de privacidad'", mailbox="cc", lang="es", program="spam relay",
         build=phish_es, note="Spanish phishing imitating our privacy notice and threatening suspension."),
    dict(sid="M29", cat="list rental inquiry from a broker", mailbox="ph", lang="en", program="Outlook (broker)",
         build=list_broker, note="A company asking to rent our buyers file: not a request under the rulebook "
                                "(cold sales), automated = true though a person wrote it."),
    dict(sid="M30", cat="small business asking to buy our list", mailbox="ph", lang="en", program="Gmail (business owner)",
         build=list_small_buyer, note="Friendly personal note asking to buy names and addresses; still a sales/"
                                     "business approach, not a customer request."),
    dict(sid="M31", cat="catalog co-op database pitch", mailbox="ph", lang="en", program="SendGrid-style ESP",
         build=coop_invite, note="Co-op database marketing that mentions opt-outs and Do Not Sell; bulk pitch."),
    dict(sid="M32", cat="cold sales: privacy compliance scan", mailbox="cc", lang="en", program="sales-outreach tool",
         build=cold_audit, note="Cold outreach about our GPC/Do Not Sell compliance; ends 'reply no thanks' - "
                               "still not a request."),
    dict(sid="M33", cat="read receipt (MDN) for our acknowledgement", mailbox="cc", lang="en", program="Outlook MDN",
         build=read_receipt, note="Disposition notification 'Read: Re: Opt-out of marketing…'."),
    dict(sid="M34", cat="challenge-response verification", mailbox="cc", lang="en", program="MailGuard",
         build=challenge_response, note="Sender-verification challenge triggered by our acknowledgement."),
    dict(sid="M35", cat="ISP feedback-loop (ARF) report", mailbox="cc", lang="en", program="ISP feedback loop",
         build=arf_report, note="A subscriber pressed 'spam' on our promotion; the ARF report is machine mail "
                               "(the complaint reaches us only as a report; suppression is handled by list hygiene).",
         months=(3, 5)),
    dict(sid="M36", cat="calendar invitation from mail house", mailbox="cc", lang="en", program="Google Calendar",
         build=calendar_invite, note="text/calendar invitation about suppression-file review (rulebook: calendar "
                                    "invitations are not requests).", months=(7, 8)),
    dict(sid="M37", cat="mail-house suppression report", mailbox="ph", lang="en", program="mail-house job system",
         build=suppression_report, note="Mail house job report listing do-not-mail and do-not-share counts with "
                                       "a CSV (rulebook's own example of vendor system mail).", months=(5, 7)),
]
