"""Machine mail: auto-replies, loop traps, bounces, lists, notifications, spam and phishing.

Each builder gets (rng, t_utc) and returns the whole message as bytes.
"""
import datetime as D

from mime import (B62, B64C, HEXL, HEXU, addr, postfix_qid, b64blob, crlf, encode_payload, esc, ew, headers_bytes, html_lines, leaf,
                  message, multipart, raw_leaf, rfcdate, rstr, ts, uuid, wrap_lines)
from ours import HQ, OURS, who
from providers import generic

CCA = "customercare@alliant-energy.com"
PHA = "powerhousecatalog@alliant-energy.com"
A = []


def auto(id, when, box, cat, lang, program, note):
    def deco(fn):
        A.append(dict(id=id, when=when, box=box, cat=cat, lang=lang, program=program, note=note, build=fn))
        return fn
    return deco


def ms_trace(rng, box, rp, t, from_dom, dkim=True, spf_who=None):
    ip = "40.107.%d.%d" % (rng.randint(200, 244), rng.randint(10, 250))
    pod = rng.choice(["NAM12-DM6", "NAM10-BN7", "NAM04-SN1", "NAM11-CO1"])
    helo = "%s-obe.outbound.protection.outlook.com" % pod
    host = "mail-%s%s.outbound.protection.outlook.com" % (pod.split("-")[1].lower(), pod.split("-")[0].lower() + "on20%02d" % rng.randint(10, 99))
    extra = ["ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=%s" % b64blob(rng, 64),
             "ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none"]
    spf = ("pass", spf_who or rp.strip("<>"), ip) if rp != "<>" else ("pass", "helo=" + helo, ip)
    return generic(rng, mailbox=box, rp=rp, t_utc=t, helo=helo, rdns=host, ip=ip,
                   dkim=(from_dom, "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version") if dkim else None,
                   spf=spf, dmarc=("pass", "none", from_dom) if dkim else None, extra=extra)


def g_trace(rng, box, rp, t, from_dom, dkim_dom=None, sel="20230601"):
    last = rng.randint(128, 230)
    ip = "209.85.%d.%d" % (rng.choice([160, 208, 219, 220, 222]), last)
    host = "mail-%s-f%d.google.com" % (rng.choice(["sor", "yb1", "qt1", "ua1"]), last)
    spf = ("pass", rp.strip("<>"), ip) if rp != "<>" else ("pass", "helo=" + host, ip)
    extra = ["X-Google-Smtp-Source: AGHT+I%s==" % rstr(rng, 60, B64C),
             "X-Received: by 2002:a05:%s:%s:b0:%s with SMTP id %s;\n        %s" % (
                 rstr(rng, 4, HEXL), rstr(rng, 4, HEXL), rstr(rng, 3, HEXL), rstr(rng, 24, HEXL), rfcdate(t, "pacific"))]
    return generic(rng, mailbox=box, rp=rp, t_utc=t, helo=host, ip=ip,
                   dkim=(dkim_dom or from_dom, sel, "to:subject:message-id:date:from:mime-version"),
                   spf=spf, dmarc=("pass", "none", from_dom), extra=extra)


def assemble(trace, client, body):
    th, ph = trace
    return message(th + ph + client, body)


def quoted(ref):
    return "\n".join(("> " + l) if l else ">" for l in ref["text"].split("\n"))


# =====================================================================================================================
# auto-replies to our promotions
# =====================================================================================================================

@auto("oof-es-exchange", "2025-01-14 09:03:20", "customercare", "automated: auto-reply", "es+en", "Exchange Online automatic reply",
      "Spanish out-of-office from a small business mailbox answering our assessment promo; Auto-Submitted + X-Auto-Response-Suppress")
def _(rng, t):
    ref = OURS["assess"]
    text = """Gracias por su mensaje. Estaré fuera de la oficina del 13 al 24 de enero con acceso limitado al correo. Para pedidos, por favor llame a la tienda al 641-555-0163.

Thank you for your message. I am out of the office January 13-24 with limited access to email. For orders please call the store at 641-555-0163.

Leticia Fuentes
Tienda La Esperanza, Marshalltown"""
    h = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body>\n%s\n</body></html>" % html_lines(text)
    b = "_000_%s_" % (rstr(rng, 12, HEXU) + "PH7PR17MB" + rstr(rng, 8, HEXU))
    body = multipart(b, [leaf("text/plain", text, "iso-8859-1", "quoted-printable"), leaf("text/html", h, "iso-8859-1", "quoted-printable")], gap=True)
    mid = "<%s@PH7PR17MB%04d.namprd17.prod.outlook.com>" % (rstr(rng, 30, HEXU), rng.randint(1000, 9999))
    client = ["From: Leticia Fuentes <lfuentes@tiendalaesperanza.com>",
              "To: " + who(ref),
              "Subject: " + ew("Respuesta automática: Free Home Energy Assessment", "utf-8", "Q"),
              "Thread-Topic: Free Home Energy Assessment",
              "Thread-Index: AQHbZp%s==" % rstr(rng, 20, B64C),
              "Date: " + rfcdate(t - D.timedelta(seconds=2), "utc"),
              "Message-ID: " + mid,
              "References: " + ref["msgid"],
              "In-Reply-To: " + ref["msgid"],
              "Auto-Submitted: auto-generated",
              "X-MS-Has-Attach: ",
              "X-Auto-Response-Suppress: All",
              "X-MS-Exchange-Inbox-Rules-Loop: lfuentes@tiendalaesperanza.com",
              "X-MS-TNEF-Correlator: ",
              "x-ms-exchange-parent-message-id: " + ref["msgid"],
              "x-ms-exchange-generated-message-source: Mailbox Rules Agent",
              "Content-Language: es-US",
              'Content-Type: multipart/alternative;\n\tboundary="%s"' % b,
              "MIME-Version: 1.0"]
    return assemble(ms_trace(rng, "customercare", "<>", t, "tiendalaesperanza.com"), client, body)


@auto("noreply-vi-headerless", "2024-11-12 09:01:48", "powerhousecatalog", "automated: auto-reply", "vi+en", "ISP webmail autoresponder",
      "headerless 'this address is no longer used' auto-reply (no Auto-Submitted) in Vietnamese and English; the new address it names is not a request")
def _(rng, t):
    ref = OURS["holiday"]
    text = """Địa chỉ email này không còn được sử dụng nữa. Xin vui lòng gửi thư đến địa chỉ mới.

This email address is no longer use. Please send to my new email address. Thank you.

Lan Pham"""
    client = ["From: Lan Pham <lanpham1968@windstream.net>",
              "To: " + who(ref),
              "Subject: Re: " + ref["subject"],
              "In-Reply-To: " + ref["msgid"],
              "Date: " + rfcdate(t - D.timedelta(seconds=1), "central"),
              "Message-ID: <autoresponder.%d.%s@webmail.windstream.net>" % (ts(t), rstr(rng, 8, HEXL)),
              "MIME-Version: 1.0",
              "Content-Type: text/plain; charset=UTF-8",
              "Content-Transfer-Encoding: quoted-printable",
              "X-Mailer: Windstream Webmail Autoresponder"]
    ip = "162.39.%d.%d" % (rng.randint(1, 10), rng.randint(1, 250))
    tr = generic(rng, mailbox="powerhousecatalog", rp="<lanpham1968@windstream.net>", t_utc=t, helo="smtp-out04.windstream.net", ip=ip,
                 dkim=("windstream.net", "ws2024", "From:To:Subject:Date:Message-ID"), spf=("pass", "lanpham1968@windstream.net", ip),
                 dmarc=("pass", "none", "windstream.net"))
    return assemble(tr, client, encode_payload(text, "utf-8", "quoted-printable"))


@auto("oof-uk-m365", "2024-12-03 08:31:05", "customercare", "automated: auto-reply", "uk+en", "Exchange Online automatic reply (Ukrainian UI)",
      "Ukrainian-language Outlook out-of-office ('Автоматична відповідь') to our newsletter; RFC 2047 subject; Auto-Submitted")
def _(rng, t):
    ref = OURS["newsletter"]
    text = """Дякую за ваш лист. Я у відпустці до 16 грудня і не маю доступу до пошти.
З термінових питань звертайтеся до office@corridorfreight.com.

Thank you for your email. I am on vacation until December 16 and have no access to email.
For urgent questions please contact office@corridorfreight.com.

Taras Bondar
Corridor Freight Systems, Cedar Rapids"""
    h = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>\n%s\n</body></html>" % html_lines(text)
    b = "_000_%s_" % rstr(rng, 40, HEXU)
    body = multipart(b, [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", h, "utf-8", "base64")], gap=True)
    client = ["From: " + addr("Бондар Тарас", "tbondar@corridorfreight.com"),
              "To: " + who(ref),
              "Subject: " + ew("Автоматична відповідь: Your December Home Comfort Tips from PowerHouse"),
              "Thread-Topic: Your December Home Comfort Tips from PowerHouse",
              "Date: " + rfcdate(t - D.timedelta(seconds=3), "utc"),
              "Message-ID: <%s@CH3PR11MB%04d.namprd11.prod.outlook.com>" % (rstr(rng, 30, HEXU), rng.randint(1000, 9999)),
              "References: " + ref["msgid"],
              "In-Reply-To: " + ref["msgid"],
              "Auto-Submitted: auto-replied",
              "X-Auto-Response-Suppress: All",
              "X-MS-Exchange-Inbox-Rules-Loop: tbondar@corridorfreight.com",
              "Content-Language: uk-UA",
              'Content-Type: multipart/alternative;\n\tboundary="%s"' % b,
              "MIME-Version: 1.0"]
    return assemble(ms_trace(rng, "customercare", "<>", t, "corridorfreight.com"), client, body)


@auto("vacation-tl-yahoo", "2024-11-12 09:02:30", "powerhousecatalog", "automated: auto-reply", "en+tl", "Yahoo Mail vacation response",
      "Yahoo vacation response to the catalog e-mail, Filipino English; Auto-Submitted: auto-replied")
def _(rng, t):
    ref = OURS["holiday"]
    text = """Hi po! Thank you for your email. I am on vacation in the Philippines until January 6, 2025 with limited access to email. I will reply when I get back. Salamat po!

- Grace"""
    client = ["Date: " + rfcdate(t - D.timedelta(seconds=2), "utc", comment=True),
              "From: Grace Mendoza <gracemendoza.ia@yahoo.com>",
              "To: " + who(ref),
              "Message-ID: <%d.%d.%d@mail.yahoo.com>" % (rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 6, 10 ** 7), ts(t) * 1000),
              "In-Reply-To: " + ref["msgid"],
              "Subject: Re: " + ref["subject"],
              "MIME-Version: 1.0",
              "Content-Type: text/plain; charset=UTF-8",
              "Content-Transfer-Encoding: 7bit",
              "Auto-Submitted: auto-replied",
              "X-Autoreply: yes",
              "X-Mailer: YahooMailVacationResponder"]
    ip = "66.163.%d.%d" % (rng.randint(184, 191), rng.randint(1, 254))
    tr = generic(rng, mailbox="powerhousecatalog", rp="<>", t_utc=t, helo="sonic%d-%d.consmr.mail.ne1.yahoo.com" % (rng.randint(301, 330), rng.randint(20, 60)),
                 ip=ip, dkim=("yahoo.com", "s2048", "Date:From:To:Subject"), spf=("none", "helo=sonic.consmr.mail.ne1.yahoo.com", ip),
                 dmarc=("pass", "reject", "yahoo.com"))
    return assemble(tr, client, encode_payload(text, "utf-8", "7bit"))


@auto("autoreply-zh-qq", "2024-11-12 09:01:10", "powerhousecatalog", "automated: auto-reply", "zh", "QQ Mail holiday auto-reply",
      "QQ Mail's stock holiday auto-reply in Chinese, no Auto-Submitted header (only X-Autoreply); gb18030 base64")
def _(rng, t):
    ref = OURS["holiday"]
    text = "这是来自QQ邮箱的假期自动回复邮件。\n \n您好，我最近正在休假中，无法亲自回复您的邮件。我将在假期结束后，尽快给您回复。"
    client = ["From: " + addr("李娜", "30517789@qq.com", "gb18030", "B", label="gb18030"),
              "To: " + who(ref),
              "Subject: " + ew("自动回复: Holiday Preview: gifts for everyone on your list", "gb18030", "B", label="gb18030"),
              "Mime-Version: 1.0",
              "Content-Type: text/plain;\n\tcharset=\"gb18030\"",
              "Content-Transfer-Encoding: base64",
              "Date: " + rfcdate(t - D.timedelta(seconds=2), "china"),
              "X-Priority: 3",
              "Message-ID: <tencent_%s@qq.com>" % rstr(rng, 40, HEXU),
              "In-Reply-To: " + ref["msgid"],
              "X-QQ-MIME: TCMime 1.0 by Tencent",
              "X-Mailer: QQMail 2.x",
              "X-QQ-Mailer: QQMail 2.x",
              "X-Autoreply: yes"]
    ip = "203.205.221.%d" % rng.randint(200, 250)
    tr = generic(rng, mailbox="powerhousecatalog", rp="<30517789@qq.com>", t_utc=t, helo="out203-205-221-236.mail.qq.com", ip=ip,
                 dkim=("qq.com", "s201512", "From:To:Subject:Mime-Version:Date:Message-ID"), spf=("pass", "30517789@qq.com", ip),
                 dmarc=("pass", "quarantine", "qq.com"))
    return assemble(tr, client, encode_payload(text, "gb18030", "base64"))


# =====================================================================================================================
# auto-replies to our acknowledgement (loop traps)
# =====================================================================================================================

@auto("loop-es-gmail-vacation", "2024-10-25 16:02:51", "customercare", "automated: auto-reply (loop trap)", "es+en", "Gmail vacation responder",
      "LOOP TRAP: Gmail vacation responder answering our acknowledgement [CC-2024-10-00498]; Spanish/English; Auto-Submitted: auto-replied")
def _(rng, t):
    ref = OURS["ack.CC-2024-10-00498"]
    text = """Hola, estoy de viaje en México hasta el 4 de noviembre y tendré acceso limitado a mi correo. Le contesto a mi regreso.

Hi, I am traveling in Mexico until November 4 with limited access to my email. I will answer when I come back.

Guillermo Nava"""
    b = "000000000000" + rstr(rng, 16, HEXL)
    h = '<div dir="ltr">%s</div>' % html_lines(text, "<br>\n")
    body = multipart(b, [leaf("text/plain", text, "utf-8", "quoted-printable", cs_label="UTF-8"),
                         leaf("text/html", h, "utf-8", "quoted-printable", cs_label="UTF-8")], gap=True)
    client = ["MIME-Version: 1.0",
              "From: Guillermo Nava <gnava.dbq@gmail.com>",
              "Date: " + rfcdate(t - D.timedelta(seconds=2), "central"),
              "Message-ID: <CA%s@mail.gmail.com>" % rstr(rng, 50, B62),
              "Subject: Re: " + ref["subject"],
              "To: " + who(ref),
              "In-Reply-To: " + ref["msgid"],
              "References: " + ref["msgid"],
              "Auto-Submitted: auto-replied",
              'Content-Type: multipart/alternative; boundary="%s"' % b]
    return assemble(g_trace(rng, "customercare", "<gnava.dbq@gmail.com>", t, "gmail.com"), client, body)


@auto("loop-vi-outlook-autoreply", "2024-12-17 10:15:16", "customercare", "automated: auto-reply (loop trap)", "vi+en", "Outlook.com automatic reply",
      "LOOP TRAP: Outlook.com automatic reply in Vietnamese and English to our acknowledgement [CC-2024-12-01022]")
def _(rng, t):
    ref = OURS["ack.CC-2024-12-01022"]
    text = """Cảm ơn bạn đã gửi email. Tôi đang đi nghỉ đến ngày 2 tháng 1 và sẽ trả lời khi trở về.

Thank you for your email. I am on holiday until January 2 and will reply when I return.

Võ Kim Anh"""
    b = "_000_%s_" % rstr(rng, 40, HEXU)
    h = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>\n%s\n</body></html>" % html_lines(text)
    body = multipart(b, [leaf("text/plain", text, "utf-8", "quoted-printable"), leaf("text/html", h, "utf-8", "quoted-printable")], gap=True)
    client = ["From: " + addr("Võ Kim Anh", "kimanh.vo@hotmail.com"),
              "To: " + who(ref),
              "Subject: Automatic reply: " + ref["subject"],
              "Thread-Topic: " + ref["subject"],
              "Date: " + rfcdate(t - D.timedelta(seconds=2), "utc"),
              "Message-ID: <%s@SJ0PR14MB%04d.namprd14.prod.outlook.com>" % (rstr(rng, 30, HEXU), rng.randint(1000, 9999)),
              "References: " + ref["msgid"],
              "In-Reply-To: " + ref["msgid"],
              "Auto-Submitted: auto-generated",
              "X-MS-Exchange-Inbox-Rules-Loop: kimanh.vo@hotmail.com",
              "X-Auto-Response-Suppress: All",
              "Content-Language: vi-VN",
              'Content-Type: multipart/alternative;\n\tboundary="%s"' % b,
              "MIME-Version: 1.0"]
    return assemble(ms_trace(rng, "customercare", "<>", t, "hotmail.com"), client, body)


@auto("loop-helpdesk-ticket", "2025-01-21 13:27:58", "customercare", "automated: auto-reply (loop trap)", "en+es", "HelpNest ticketing auto-acknowledgement",
      "LOOP TRAP: a property manager's ticket system opened a ticket for our acknowledgement [CC-2025-01-00087] and answered it; bilingual")
def _(rng, t):
    ref = OURS["ack.CC-2025-01-00087"]
    text = """Hola / Hello,

Recibimos su mensaje y creamos el ticket #2291. Le responderemos en 1-2 días hábiles.
We received your message and created ticket #2291. We will answer within 1-2 business days.

Asunto / Subject: %s

Sanchez Property Management
Oficina / Office: 563-555-0178

##- Por favor escriba su respuesta arriba de esta línea / Please type your reply above this line -##""" % ref["subject"]
    client = ["From: Sanchez Property Management <support@sanchezpm.com>",
              "Reply-To: Sanchez Property Management <support+id2291@sanchezpm.helpnest.io>",
              "To: " + who(ref),
              "Subject: [SPM #2291] Re: " + ref["subject"],
              "Date: " + rfcdate(t - D.timedelta(seconds=4), "utc"),
              "Message-ID: <ticket-2291-%s@sanchezpm.helpnest.io>" % rstr(rng, 10, HEXL),
              "In-Reply-To: " + ref["msgid"],
              "References: " + ref["msgid"],
              "Auto-Submitted: auto-generated",
              "X-Auto-Response-Suppress: All",
              "Precedence: bulk",
              "X-HelpNest-Ticket: 2291",
              "MIME-Version: 1.0",
              "Content-Type: text/plain; charset=utf-8",
              "Content-Transfer-Encoding: quoted-printable"]
    ip = "54.240.%d.%d" % (rng.randint(1, 60), rng.randint(1, 254))
    tr = generic(rng, mailbox="customercare", rp="<bounces+2291@mail.helpnest.io>", t_utc=t, helo="a%d-%d.smtp-out.amazonses.com" % (rng.randint(10, 99), rng.randint(10, 99)),
                 ip=ip, dkim=("sanchezpm.com", "hn1", "From:Reply-To:To:Subject:Date:Message-ID"), spf=("pass", "bounces+2291@mail.helpnest.io", ip),
                 dmarc=("pass", "none", "sanchezpm.com"))
    return assemble(tr, client, encode_payload(text, "utf-8", "quoted-printable"))


@auto("mdn-es-read-receipt", "2024-11-14 19:40:02", "customercare", "automated: notification", "es", "Outlook 2021 read receipt",
      "Spanish read receipt ('Leído:') for our acknowledgement [CC-2024-11-00733]: multipart/report disposition-notification")
def _(rng, t):
    ref = OURS["ack.CC-2024-11-00733"]
    text = """Su mensaje

  Para: graciela.mora@mchsi.com
  Asunto: %s
  Enviado: jueves, 14 de noviembre de 2024 12:01:18 p. m. (UTC-06:00) Hora central (EE. UU. y Canadá)

fue leído el jueves, 14 de noviembre de 2024 07:39:55 p. m. (UTC-06:00) Hora central (EE. UU. y Canadá).""" % ref["subject"]
    mdn = """Reporting-UA: mchsi.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;graciela.mora@mchsi.com
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed""" % ref["msgid"]
    b = "----=_NextPart_000_%s_01DB36E1.%s" % (rstr(rng, 4, HEXU), rstr(rng, 8, HEXU))
    p1 = leaf("text/plain", text, "utf-8", "quoted-printable")
    p2 = raw_leaf(["Content-Type: message/disposition-notification"], mdn.encode("ascii"))
    body = multipart(b, [p1, p2], preamble="This is a multipart message in MIME format.\n", gap=True)
    client = ['From: "Graciela Mora" <graciela.mora@mchsi.com>',
              "To: " + who(ref),
              "Subject: " + ew("Leído: " + ref["subject"], "utf-8", "Q"),
              "Date: " + rfcdate(t - D.timedelta(seconds=2), "central"),
              "Message-ID: <%s01db36e1$%s$%s$@mchsi.com>" % (rstr(rng, 4, HEXL), rstr(rng, 8, HEXL), rstr(rng, 8, HEXL)),
              "MIME-Version: 1.0",
              'Content-Type: multipart/report;\n\treport-type=disposition-notification;\n\tboundary="%s"' % b,
              "X-Mailer: Microsoft Outlook 16.0",
              "Thread-Index: Ads24TQ%s==" % rstr(rng, 18, B64C),
              "Content-Language: es-mx"]
    ip = "173.219.254.%d" % rng.randint(30, 40)
    tr = generic(rng, mailbox="customercare", rp="<graciela.mora@mchsi.com>", t_utc=t, helo="mta03.mchsi.com", ip=ip,
                 spf=("pass", "graciela.mora@mchsi.com", ip), dmarc=("none", "none", "mchsi.com"))
    return assemble(tr, client, body)


# =====================================================================================================================
# bounces
# =====================================================================================================================

@auto("dsn-postfix-ack", "2024-11-08 09:44:33", "customercare", "automated: bounce", "en", "Postfix DSN (our own relay)",
      "our relay could not deliver an acknowledgement to a mistyped web-form address (gmial.com): multipart/report, null sender")
def _(rng, t):
    ref = OURS["ack.CC-2024-11-00702"]
    rcpt = "yesenia.c.1990@gmial.com"
    b = "%s.%d/mx2.alliant-energy.com" % (rstr(rng, 10, HEXU), ts(t))
    note = """This is the mail system at host mx2.alliant-energy.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<%s>: Host or domain name not found. Name service error for
    name=gmial.com type=MX: Host not found""" % rcpt
    qid = rstr(rng, 10, HEXU)
    ds = """Reporting-MTA: dns; mx2.alliant-energy.com
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; customercare@alliant-energy.com
Arrival-Date: %s

Final-Recipient: rfc822; %s
Original-Recipient: rfc822;%s
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=gmial.com type=MX: Host not found""" % (qid, rfcdate(t - D.timedelta(seconds=3), "central", comment=True), rcpt, rcpt)
    hdrs = """Received: from mbx01.alliant-energy.com (mbx01.alliant-energy.com [10.20.1.21])
	by mx2.alliant-energy.com (Postfix) with ESMTP id %s
	for <%s>; %s
Auto-Submitted: auto-replied
Message-ID: %s
Date: %s
From: Alliant Energy Customer Care <customercare@alliant-energy.com>
To: %s
Subject: %s""" % (qid, rcpt, rfcdate(t - D.timedelta(seconds=3), "central", comment=True), ref["msgid"],
                   rfcdate(t - D.timedelta(seconds=4), "central"), rcpt, ref["subject"])
    parts = [raw_leaf(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], note.encode()),
             raw_leaf(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], ds.encode()),
             raw_leaf(["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"], hdrs.encode())]
    body = multipart(b, parts, preamble="This is a MIME-encapsulated message.\n", gap=True)
    top = ["Return-Path: <>",
           "Delivered-To: " + CCA,
           "Received: from mx2.alliant-energy.com (mx2.alliant-energy.com [10.20.1.12])\n\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
           % (postfix_qid(rng), CCA, rfcdate(t + D.timedelta(seconds=1), "central", comment=True)),
           "Received: by mx2.alliant-energy.com (Postfix)\n\tid %s; %s" % (rstr(rng, 10, HEXU), rfcdate(t, "central", comment=True)),
           "Date: " + rfcdate(t, "central", comment=True),
           "From: MAILER-DAEMON@mx2.alliant-energy.com (Mail Delivery System)",
           "Subject: Undelivered Mail Returned to Sender",
           "To: " + CCA,
           "Auto-Submitted: auto-replied",
           "MIME-Version: 1.0",
           'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="%s"' % b,
           "Content-Transfer-Encoding: 8bit",
           "Message-Id: <%s.%s@mx2.alliant-energy.com>" % (t.strftime("%Y%m%d%H%M%S"), rstr(rng, 10, HEXU))]
    return message(top, body)


@auto("dsn-gmail-fall", "2024-10-15 10:02:40", "customercare", "automated: bounce", "en", "Gmail DSN",
      "Gmail 'address not found' DSN for the fall promo; the returned promo (message/rfc822) carries List-Unsubscribe and 'reply unsubscribe'")
def _(rng, t):
    ref = OURS["fall"]
    rcpt = "jimenezfamily.ia@gmail.com"
    b = "000000000000" + rstr(rng, 16, HEXL)
    b2 = "000000000000" + rstr(rng, 16, HEXL)
    txt = """
** Address not found **

Your message wasn't delivered to %s because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser""" % rcpt
    txt = wrap_lines(txt.strip("\n"))
    htm = "<html><head></head><body><div><h2>Address not found</h2><p>Your message wasn't delivered to <b>%s</b> because the address couldn't be found, or is unable to receive mail.</p>\n<p>The response was:</p>\n<p>550 5.1.1 The email account that you tried to reach does not exist.</p></div></body></html>" % rcpt
    alt = multipart(b2, [leaf("text/plain", txt, "utf-8", "quoted-printable", cs_label="UTF-8"),
                         leaf("text/html", htm, "utf-8", "quoted-printable", cs_label="UTF-8")], gap=True)
    p1 = headers_bytes(['Content-Type: multipart/alternative; boundary="%s"' % b2]) + b"\r\n" + alt
    ds = """Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; mailer.alliant-energy.com
Arrival-Date: %s

Final-Recipient: rfc822; %s
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does
 not exist. %s - gsmtp""" % (rfcdate(t - D.timedelta(seconds=20), "pacific"), rcpt, rstr(rng, 28, B62))
    p2 = raw_leaf(["Content-Type: message/delivery-status"], ds.encode())
    orig = message(["Return-Path: <customercare@alliant-energy.com>",
                    "From: Alliant Energy <customercare@alliant-energy.com>",
                    "To: " + rcpt,
                    "Subject: " + ref["subject"],
                    "Date: " + rfcdate(D.datetime(2024, 10, 15, 15, 2, 11), "central"),
                    "Message-ID: " + ref["msgid"].replace(">", ".%s>" % rstr(rng, 6, HEXL)),
                    "List-Unsubscribe: " + ref["list_unsubscribe"].replace("{token}", "3MW8PJ"),
                    "MIME-Version: 1.0",
                    "Content-Type: text/plain; charset=utf-8",
                    "Content-Transfer-Encoding: 7bit"], encode_payload(ref["text"], "utf-8", "7bit"))
    p3 = raw_leaf(["Content-Type: message/rfc822"], orig)
    body = multipart(b, [p1, p2, p3], gap=True)
    client = ["MIME-Version: 1.0",
              "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
              "Date: " + rfcdate(t - D.timedelta(seconds=2), "pacific"),
              "Message-ID: <%s@mx.google.com>" % (uuid(rng, upper=False)),
              "Subject: Delivery Status Notification (Failure)",
              "To: " + CCA,
              "X-Failed-Recipients: " + rcpt,
              "References: " + ref["msgid"],
              "In-Reply-To: " + ref["msgid"],
              "Auto-Submitted: auto-replied",
              'Content-Type: multipart/report; boundary="%s"; report-type=delivery-status' % b]
    return assemble(g_trace(rng, "customercare", "<>", t, "googlemail.com"), client, body)


@auto("bounce-yahoo-legacy", "2024-11-12 09:00:52", "powerhousecatalog", "automated: bounce", "en", "Yahoo MAILER-DAEMON (qmail-style)",
      "legacy Yahoo 'Failure Notice' with no MIME-Version; the copy below the line is our catalog e-mail with its sharing/unsubscribe footer")
def _(rng, t):
    ref = OURS["holiday"]
    rcpt = "hoa.nguyen1975@yahoo.com"
    text = """Sorry, we were unable to deliver your message to the following address.

<%s>:
554: delivery error: dd This user doesn't have a yahoo.com account (%s) [0] - mta%d.mail.bf1.yahoo.com

--- Below this line is a copy of the message.

Return-Path: <powerhousecatalog@alliant-energy.com>
From: PowerHouse Catalog <powerhousecatalog@alliant-energy.com>
To: %s
Subject: %s
Message-ID: %s
Date: Tue, 12 Nov 2024 09:00:00 -0600

%s""" % (rcpt, rcpt, rng.randint(1000, 9999), rcpt, ref["subject"], ref["msgid"], ref["text"])
    client = ["Date: " + rfcdate(t - D.timedelta(seconds=2), "utc"),
              "From: MAILER-DAEMON@yahoo.com",
              "To: " + PHA,
              "Subject: Failure Notice"]
    ip = "98.136.%d.%d" % (rng.randint(96, 200), rng.randint(1, 254))
    tr = generic(rng, mailbox="powerhousecatalog", rp="<>", t_utc=t, helo="sonic%d-%d.consmr.mail.bf2.yahoo.com" % (rng.randint(301, 330), rng.randint(1, 40)),
                 ip=ip, spf=("none", "helo=sonic.consmr.mail.bf2.yahoo.com", ip))
    return assemble(tr, client, encode_payload(text, "ascii", "7bit"))


@auto("ndr-outlook-newsletter", "2024-12-03 08:30:41", "customercare", "automated: bounce", "en", "Outlook.com NDR",
      "Outlook.com 'Undeliverable' for the December newsletter: multipart/report, no Auto-Submitted (X-MS-Exchange-Message-Is-Ndr instead)")
def _(rng, t):
    ref = OURS["newsletter"]
    rcpt = "s.mujkic_old@hotmail.com"
    b = "_%s_" % uuid(rng, upper=False)
    b2 = "_%s_" % uuid(rng, upper=False)
    txt = """Your message to %s couldn't be delivered.

%s wasn't found at hotmail.com.

Action Required: Unknown To address

Remote server returned '550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302).'""" % (rcpt, rcpt.split("@")[0])
    htm = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head><body><p>Your message to %s couldn't be delivered.</p>\n<p><b>%s</b> wasn't found at hotmail.com.</p>\n</body></html>" % (rcpt, rcpt.split("@")[0])
    alt = multipart(b2, [leaf("text/plain", txt, "us-ascii", "quoted-printable"), leaf("text/html", htm, "us-ascii", "quoted-printable")], gap=True)
    p1 = headers_bytes(['Content-Type: multipart/alternative; differences=Content-Type;\n\tboundary="%s"' % b2]) + b"\r\n" + alt
    ds = """Reporting-MTA: dns;BN8PR12MB%04d.namprd12.prod.outlook.com
Received-From-MTA: dns;mailer.alliant-energy.com
Arrival-Date: %s

Final-Recipient: rfc822;%s
Action: failed
Status: 5.5.0
Diagnostic-Code: smtp;550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302)""" % (rng.randint(1000, 9999), rfcdate(t - D.timedelta(seconds=30), "utc"), rcpt)
    p2 = raw_leaf(["Content-Type: message/delivery-status"], ds.encode())
    rh = """From: Alliant Energy <customercare@alliant-energy.com>
To: %s
Subject: %s
Date: Tue, 3 Dec 2024 08:30:00 -0600
Message-ID: %s
List-Unsubscribe: %s
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8""" % (rcpt, ref["subject"], ref["msgid"], ref["list_unsubscribe"])
    p3 = raw_leaf(["Content-Type: text/rfc822-headers"], rh.encode())
    body = multipart(b, [p1, p2, p3], gap=True)
    client = ["From: postmaster@outlook.com",
              "To: " + CCA,
              "Date: " + rfcdate(t - D.timedelta(seconds=1), "utc"),
              'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="%s"' % b,
              "X-MS-Exchange-Message-Is-Ndr: ",
              "Content-Language: en-US",
              "Message-ID: <%s@BN8PR12MB%04d.namprd12.prod.outlook.com>" % (uuid(rng), rng.randint(1000, 9999)),
              "In-Reply-To: " + ref["msgid"],
              "References: " + ref["msgid"],
              "Subject: Undeliverable: " + ref["subject"],
              "MIME-Version: 1.0"]
    return assemble(ms_trace(rng, "customercare", "<>", t, "outlook.com", dkim=False), client, body)


@auto("bounce-163-mailbox-full", "2024-12-02 08:11:12", "customercare", "automated: bounce", "zh+en", "NetEase 163 bounce",
      "Chinese-language bounce ('系统退信', mailbox full) of our acknowledgement [CC-2024-12-00912]; GBK base64 and RFC 2047 subject")
def _(rng, t):
    ref = OURS["ack.CC-2024-12-00912"]
    rcpt = "cjg_1962@163.com"
    txt = """抱歉，您的邮件被退回来了……
Sorry, your message was returned.

原邮件信息 / Original message:
时　间 / Time: 2024-12-02 22:11:05 (CST)
收件人 / To: %s
主　题 / Subject: %s

退信原因 / Reason:
收件人邮箱空间已满。
552 Requested mail action aborted: exceeded mailsize limit (mailbox full)

此邮件由系统自动发出，请勿回复。
This is an automatic message, please do not reply.""" % (rcpt, ref["subject"])
    ds = """Reporting-MTA: dns; 163.com
Arrival-Date: %s

Final-Recipient: rfc822; %s
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 Requested mail action aborted: exceeded mailsize limit""" % (rfcdate(t - D.timedelta(seconds=6), "china"), rcpt)
    b = "----=_Part_%d_%d.%d" % (rng.randint(100000, 999999), rng.randint(10 ** 8, 10 ** 9), ts(t) * 1000)
    body = multipart(b, [leaf("text/plain", txt, "gbk", "base64", cs_label="GBK", ct_quote=False),
                         raw_leaf(["Content-Type: message/delivery-status"], ds.encode())])
    client = ["Date: %s (CST)" % rfcdate(t - D.timedelta(seconds=2), "china", pad=False),
              "From: " + addr("系统退信", "postmaster@163.com", "gbk", "B", label="GBK"),
              "To: " + CCA,
              "Subject: " + ew("系统退信 / Mail delivery failed", "gbk", "B", label="GBK"),
              "Message-ID: <%s.%s.Coremail.postmaster@163.com>" % (rstr(rng, 8, HEXL), rstr(rng, 11, HEXL)),
              "MIME-Version: 1.0",
              'Content-Type: multipart/report; report-type=delivery-status; \n\tboundary="%s"' % b,
              "X-Coremail-Locale: zh_CN"]
    ip = "220.197.31.%d" % rng.randint(2, 40)
    tr = generic(rng, mailbox="customercare", rp="<>", t_utc=t, helo="m16.mail.163.com", ip=ip, spf=("none", "helo=m16.mail.163.com", ip))
    return assemble(tr, client, body)


# =====================================================================================================================
# lists and newsletters
# =====================================================================================================================

@auto("list-community-newsletter", "2024-12-10 10:00:14", "customercare", "automated: list/newsletter", "en+es+vi+so", "community-group bulk mailer",
      "multilingual newsletter of a (fictional) welcome center; tells readers how to write 'stop sending advertising and do not share my name' to us: bulk mail, not a request")
def _(rng, t):
    text = """CORRIDOR WELCOME CENTER - December newsletter / Boletín de diciembre

HELP WITH WINTER UTILITY BILLS
English: Energy assistance applications are open. Bring your ID and your last utility bill to our office on Tuesdays.
Español: Ya están abiertas las solicitudes de ayuda para la energía. Traiga su identificación y su última factura los martes.
Tiếng Việt: Đơn xin trợ giúp tiền điện, tiền gas đã mở. Mang theo giấy tờ tùy thân và hóa đơn mới nhất vào thứ Ba.
Soomaali: Codsiyada gargaarka biilka korontada waa furan yihiin. Keen aqoonsigaaga iyo biilkii ugu dambeeyay Talaadada.

TOO MUCH ADVERTISING MAIL? / ¿DEMASIADA PUBLICIDAD?
Many families asked us how to stop catalogs and ads from their utility. You can write to the company:
"Please stop sending me advertising and do not share my name with other companies."
Alliant Energy customers can send this to customercare@alliant-energy.com.

Corridor Welcome Center | 620 3rd Ave SE | Cedar Rapids, IA 52401
You are receiving this because you subscribed at corridorwelcome.org.
Unsubscribe: https://corridorwelcome.bulkbird.net/u/%s""" % rstr(rng, 20, B62)
    h = "<html><body style=\"font-family:Arial,sans-serif\">\n%s\n</body></html>" % html_lines(text, "<br>\n")
    b = "_----------=_%d%d" % (ts(t), rng.randint(10000, 99999))
    body = multipart(b, [leaf("text/plain", text, "utf-8", "quoted-printable"), leaf("text/html", h, "utf-8", "quoted-printable")])
    lid = rstr(rng, 12, HEXL)
    client = ["From: Corridor Welcome Center <news@corridorwelcome.org>",
              "Reply-To: info@corridorwelcome.org",
              "To: " + CCA,
              "Subject: " + ew("Boletín de diciembre / December newsletter: help with winter bills", "utf-8", "Q"),
              "Date: " + rfcdate(t - D.timedelta(seconds=5), "utc"),
              "Message-ID: <%s.%s@corridorwelcome.bulkbird.net>" % (lid, rstr(rng, 8, HEXL)),
              "List-Id: Corridor Welcome Center news <cwc-news.corridorwelcome.bulkbird.net>",
              "List-Unsubscribe: <mailto:unsubscribe-%s@bulkbird.net?subject=unsubscribe>,\n <https://corridorwelcome.bulkbird.net/u/%s>" % (lid, rstr(rng, 20, B62)),
              "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
              "Precedence: bulk",
              "X-Mailer: Bulkbird Campaigns 7",
              "MIME-Version: 1.0",
              'Content-Type: multipart/alternative; boundary="%s"' % b]
    ip = "149.72.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250))
    tr = generic(rng, mailbox="customercare", rp="<bounce-%s@bulkbird.net>" % lid, t_utc=t, helo="o%d.mta.bulkbird.net" % rng.randint(1, 40), ip=ip,
                 dkim=("corridorwelcome.org", "bb1", "From:Reply-To:To:Subject:Date:Message-ID:List-Unsubscribe"),
                 spf=("pass", "bounce-%s@bulkbird.net" % lid, ip), dmarc=("pass", "none", "corridorwelcome.org"))
    return assemble(tr, client, body)


@auto("list-google-group", "2024-11-20 20:12:33", "powerhousecatalog", "automated: list/newsletter", "en", "Google Groups",
      "interpreters' mailing-list post copied to the catalog box, delivered through the list (List-Id); quotes a sample 'stop the catalog / do not share' letter but is list traffic, not a customer's request")
def _(rng, t):
    text = """Hi all,

Several of my Karen and Burmese clients in Marshalltown keep getting the PowerHouse catalog and ask me what it is. I've been helping them write a short note like this:

   "Please stop sending me the catalog and do not share my name with other companies."

Has anyone found that this works, or is there a form in other languages? I'm copying the catalog address on this post so they can see the question.

Thanks,
Grace Ler Htoo
Community interpreter (Karen / Burmese)

--
You received this message because you are subscribed to the Google Groups "Iowa Interpreters Network" group.
To unsubscribe from this group and stop receiving emails from it, send an email to iowa-interpreters-network+unsubscribe@googlegroups.com.
To view this discussion visit https://groups.google.com/d/msgid/iowa-interpreters-network/%s""" % rstr(rng, 30, B62)
    gmid = "<CA%s@mail.gmail.com>" % rstr(rng, 50, B62)
    b = "000000000000" + rstr(rng, 16, HEXL)
    h = '<div dir="ltr">%s</div>' % html_lines(text, "<br>\n")
    body = multipart(b, [leaf("text/plain", text, "utf-8", "7bit", cs_label="UTF-8"),
                         leaf("text/html", h, "utf-8", "quoted-printable", cs_label="UTF-8")], gap=True)
    client = ["X-BeenThere: iowa-interpreters-network@googlegroups.com",
              "MIME-Version: 1.0",
              "From: Grace Ler Htoo <grace.lerhtoo@gmail.com>",
              "Date: " + rfcdate(t - D.timedelta(seconds=40), "central"),
              "Message-ID: " + gmid,
              "Subject: [IIN] PowerHouse catalog - what do you tell clients?",
              "To: Iowa Interpreters Network <iowa-interpreters-network@googlegroups.com>,\n PowerHouse Catalog <powerhousecatalog@alliant-energy.com>",
              'Content-Type: multipart/alternative; boundary="%s"' % b,
              "X-Original-Sender: grace.lerhtoo@gmail.com",
              "Reply-To: iowa-interpreters-network@googlegroups.com",
              "Precedence: list",
              "Mailing-list: list iowa-interpreters-network@googlegroups.com; contact iowa-interpreters-network+owners@googlegroups.com",
              "List-ID: <iowa-interpreters-network.googlegroups.com>",
              "X-Google-Group-Id: %d" % rng.randint(10 ** 11, 10 ** 12),
              "List-Post: <https://groups.google.com/group/iowa-interpreters-network/post>, <mailto:iowa-interpreters-network@googlegroups.com>",
              "List-Help: <https://groups.google.com/support/>, <mailto:iowa-interpreters-network+help@googlegroups.com>",
              "List-Archive: <https://groups.google.com/group/iowa-interpreters-network/>",
              "List-Unsubscribe: <mailto:googlegroups-manage+%d+unsubscribe@googlegroups.com>,\n <https://groups.google.com/group/iowa-interpreters-network/subscribe>" % rng.randint(10 ** 11, 10 ** 12)]
    return assemble(g_trace(rng, "powerhousecatalog", "<iowa-interpreters-network+bncBD%s@googlegroups.com>" % rstr(rng, 30, B62), t,
                            "gmail.com", dkim_dom="googlegroups.com"), client, body)


# =====================================================================================================================
# notifications (vendor / partner systems, calendar)
# =====================================================================================================================

@auto("notify-mailhouse-suppression", "2024-11-05 06:00:09", "powerhousecatalog", "automated: notification", "en", "mail house job runner",
      "vendor suppression-file report ('do-not-share', 'do-not-mail', Spanish-language file) with CSV attachment: system mail, not a request")
def _(rng, t):
    text = """PRAIRIE LETTERSHOP - DATA SERVICES
Automated job report

Client:      PowerHouse Catalog
Job:         PH-2411 Holiday drop (print + list exchange)
Status:      COMPLETE

Input records ............... 148,220
Do-not-mail suppressed ......   3,907
Do-not-share flagged ........   1,284 (excluded from list exchange file)
Deceased / NCOA moves .......   2,115
Language = ES (Spanish copy)    6,480

Files are ready on the SFTP server in /outbound/PH-2411/.
This message was generated automatically. Replies to this address are not monitored."""
    csv = "metric,count\r\ninput_records,148220\r\ndo_not_mail,3907\r\ndo_not_share,1284\r\ndeceased_ncoa,2115\r\nlanguage_es,6480\r\n"
    b = "----=_Part_%d_%d" % (rng.randint(10 ** 5, 10 ** 6), ts(t))
    att = raw_leaf(['Content-Type: text/csv; name="PH-2411_suppression_summary.csv"', "Content-Transfer-Encoding: base64",
                    'Content-Disposition: attachment; filename="PH-2411_suppression_summary.csv"'],
                   __import__("base64").encodebytes(csv.encode()))
    body = multipart(b, [leaf("text/plain", text, "us-ascii", "7bit"), att])
    client = ["From: Prairie Lettershop Data Services <dataops@prairielettershop.com>",
              "To: " + PHA,
              "Subject: [PH-2411] Suppression processing complete: 1,284 do-not-share / 3,907 do-not-mail",
              "Date: " + rfcdate(t - D.timedelta(seconds=3), "central"),
              "Message-ID: <job.PH-2411.%d@jobs.prairielettershop.com>" % ts(t),
              "Auto-Submitted: auto-generated",
              "X-Mailer: PLS JobRunner 5.1",
              "MIME-Version: 1.0",
              'Content-Type: multipart/mixed; boundary="%s"' % b]
    ip = "64.%d.%d.%d" % (rng.randint(60, 90), rng.randint(1, 250), rng.randint(1, 250))
    tr = generic(rng, mailbox="powerhousecatalog", rp="<dataops@prairielettershop.com>", t_utc=t, helo="jobs.prairielettershop.com", ip=ip,
                 dkim=("prairielettershop.com", "pls1", "From:To:Subject:Date:Message-ID"), spf=("pass", "dataops@prairielettershop.com", ip),
                 dmarc=("pass", "quarantine", "prairielettershop.com"))
    return assemble(tr, client, body)


@auto("notify-translation-job", "2024-10-07 11:31:50", "customercare", "automated: notification", "en", "translation platform notifier",
      "translation vendor's 'job delivered' notice for an opt-out letter template in four languages: system notification")
def _(rng, t):
    text = """Hello Alliant Energy Customer Care team,

Your translation job has been delivered.

Job:        TR-55812
Title:      Privacy notice - marketing opt-out / do not share letter
Languages:  Spanish (es-US), Vietnamese (vi), Somali (so), Burmese (my)
Words:      412 per language
Status:     Delivered - ready for review

Download: https://app.linguabridge.io/jobs/TR-55812

You are receiving this notification because you are a member of the Alliant Energy workspace.
Change notification settings: https://app.linguabridge.io/settings/notifications"""
    h = "<html><body>\n%s\n</body></html>" % html_lines(text, "<br>\n")
    b = "==_LB_%s" % rstr(rng, 24, HEXL)
    body = multipart(b, [leaf("text/plain", text, "utf-8", "quoted-printable"), leaf("text/html", h, "utf-8", "quoted-printable")])
    client = ["From: LinguaBridge Projects <notifications@linguabridge.io>",
              "To: " + CCA,
              "Subject: Job TR-55812 delivered: Privacy notice - opt-out letter (es, vi, so, my)",
              "Date: " + rfcdate(t - D.timedelta(seconds=2), "utc"),
              "Message-ID: <%s@notifications.linguabridge.io>" % uuid(rng, upper=False),
              "Auto-Submitted: auto-generated",
              "X-Auto-Response-Suppress: OOF, AutoReply",
              "MIME-Version: 1.0",
              'Content-Type: multipart/alternative; boundary="%s"' % b]
    ip = "167.89.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250))
    tr = generic(rng, mailbox="customercare", rp="<bounces+%d@em.linguabridge.io>" % rng.randint(10 ** 6, 10 ** 7), t_utc=t,
                 helo="o%d.em.linguabridge.io" % rng.randint(1, 9), ip=ip,
                 dkim=("linguabridge.io", "s1", "From:To:Subject:Date:Message-ID"), spf=("pass", "bounces@em.linguabridge.io", ip),
                 dmarc=("pass", "none", "linguabridge.io"))
    return assemble(tr, client, body)


@auto("calendar-invite-help-night", "2025-02-04 14:22:08", "customercare", "automated: notification", "en+es+vi+so", "Google Calendar invitation",
      "calendar invitation (text/calendar METHOD:REQUEST + invite.ics) for a multilingual utility-help night; mentions stopping advertising mail, still not a request")
def _(rng, t):
    uid = "%s@google.com" % rstr(rng, 26, "abcdefghijklmnopqrstuvwxyz0123456789")
    desc = ("Utility help night with interpreters (Español, Tiếng Việt, Soomaali, Karen). "
            "Alliant Energy staff are invited to explain bills, payment plans and how to stop advertising mail.")
    text = """You have been invited to the following event.

Utility help night with interpreters
When: Thursday Feb 20, 2025 6pm - 8pm (CST)
Where: Corridor Welcome Center, 620 3rd Ave SE, Cedar Rapids
Organizer: Abdi Hassan <abdi.hassan@corridorwelcome.org>

%s

Going (customercare@alliant-energy.com)? Yes - Maybe - No
Invitation from Google Calendar""" % desc
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250221T000000Z
DTEND:20250221T020000Z
DTSTAMP:%sZ
ORGANIZER;CN=Abdi Hassan:mailto:abdi.hassan@corridorwelcome.org
UID:%s
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE
 ;CN=customercare@alliant-energy.com;X-NUM-GUESTS=0:mailto:customercare@allia
 nt-energy.com
DESCRIPTION:Utility help night with interpreters (Español\\, Tiếng Việt\\, So
 omaali\\, Karen). Alliant Energy staff are invited to explain bills\\, paymen
 t plans and how to stop advertising mail.
LOCATION:Corridor Welcome Center\\, 620 3rd Ave SE\\, Cedar Rapids
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Utility help night with interpreters
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""" % (t.strftime("%Y%m%dT%H%M%S"), uid)
    b1 = "000000000000" + rstr(rng, 16, HEXL)
    b2 = "000000000000" + rstr(rng, 16, HEXL)
    h = "<html><body><p><b>Utility help night with interpreters</b></p>\n<p>%s</p>\n<p>Thursday Feb 20, 2025 6pm - 8pm (CST)</p>\n</body></html>" % esc(desc)
    alt = multipart(b2, [leaf("text/plain", text, "utf-8", "quoted-printable", cs_label="UTF-8"),
                         leaf("text/html", h, "utf-8", "quoted-printable", cs_label="UTF-8"),
                         leaf("text/calendar", ics, "utf-8", "quoted-printable", params="; method=REQUEST", cs_label="UTF-8")], gap=True)
    p_alt = headers_bytes(['Content-Type: multipart/alternative; boundary="%s"' % b2]) + b"\r\n" + alt
    p_ics = raw_leaf(['Content-Type: application/ics; name="invite.ics"', 'Content-Disposition: attachment; filename="invite.ics"',
                      "Content-Transfer-Encoding: base64"], __import__("base64").encodebytes(ics.replace("\n", "\r\n").encode("utf-8")))
    body = multipart(b1, [p_alt, p_ics], gap=True)
    client = ["MIME-Version: 1.0",
              "Reply-To: Abdi Hassan <abdi.hassan@corridorwelcome.org>",
              "Sender: Google Calendar <calendar-notification@google.com>",
              "Auto-Submitted: auto-generated",
              "Message-ID: <calendar-%s@google.com>" % uuid(rng, upper=False),
              "Date: " + rfcdate(t - D.timedelta(seconds=2), "utc"),
              "Subject: Invitation: Utility help night with interpreters @ Thu Feb 20, 2025 6pm - 8pm (CST)\n (customercare@alliant-energy.com)",
              "From: Abdi Hassan <abdi.hassan@corridorwelcome.org>",
              "To: " + CCA,
              'Content-Type: multipart/mixed; boundary="%s"' % b1]
    return assemble(g_trace(rng, "customercare", "<3%s@calendar-server.bounces.google.com>" % rstr(rng, 30, B62), t,
                            "corridorwelcome.org", dkim_dom="google.com"), client, body)


@auto("challenge-es-boxguard", "2024-10-15 10:03:02", "customercare", "automated: notification", "es+en", "challenge-response anti-spam",
      "Spanish challenge-response ('verifique que usted es una persona') triggered by our fall promo: automated, never answer")
def _(rng, t):
    text = """Su mensaje para rmorales@agrovalle-ia.com está retenido.

Para proteger su buzón, rmorales@agrovalle-ia.com solo acepta correos de remitentes verificados.
Haga clic aquí para confirmar que usted es una persona y su mensaje será entregado:
https://verify.boxguard.net/c/%s

Your message to rmorales@agrovalle-ia.com is on hold. Click the link above to verify you are a person.

Asunto original / Original subject: Fall savings: $50 back on a smart thermostat

-- BoxGuard Anti-Spam""" % rstr(rng, 32, B62)
    client = ["From: BoxGuard Verificación <noreply@boxguard.net>",
              "To: " + CCA,
              "Subject: " + ew("Verificación requerida: su mensaje para rmorales@agrovalle-ia.com está retenido", "utf-8", "Q"),
              "Date: " + rfcdate(t - D.timedelta(seconds=3), "utc"),
              "Message-ID: <cr.%s@boxguard.net>" % rstr(rng, 20, HEXL),
              "In-Reply-To: " + OURS["fall"]["msgid"],
              "Auto-Submitted: auto-replied",
              "X-BoxGuard-Challenge: yes",
              "MIME-Version: 1.0",
              "Content-Type: text/plain; charset=utf-8",
              "Content-Transfer-Encoding: quoted-printable"]
    ip = "185.%d.%d.%d" % (rng.randint(10, 250), rng.randint(1, 250), rng.randint(1, 250))
    tr = generic(rng, mailbox="customercare", rp="<>", t_utc=t, helo="mx-out2.boxguard.net", ip=ip,
                 dkim=("boxguard.net", "bg", "From:To:Subject:Date"), spf=("pass", "helo=mx-out2.boxguard.net", ip),
                 dmarc=("pass", "none", "boxguard.net"))
    return assemble(tr, client, encode_payload(text, "utf-8", "quoted-printable"))


# =====================================================================================================================
# spam / phishing / cold outreach
# =====================================================================================================================

@auto("phish-es-disconnect", "2024-11-25 03:14:27", "customercare", "automated: spam/phishing", "es", "bulk phishing kit",
      "Spanish phishing imitating us ('su servicio será desconectado'), lookalike domain, SPF softfail; HTML-only windows-1252")
def _(rng, t):
    h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Arial">
<p><b>Alliant Energy - Aviso final</b></p>
<p>Estimado cliente:</p>
<p>Su cuenta tiene un saldo vencido de <b>$248.19</b>. Su servicio de electricidad será desconectado en las próximas 24 horas.</p>
<p>Para evitar la desconexión, verifique su información y pague ahora:</p>
<p><a href="http://alliant-energia-pagos.com/verificar?id=%s">PAGAR AHORA</a></p>
<p>Si ya pagó, ignore este mensaje.</p>
<p>Atentamente,<br>Servicio al Cliente</p>
<p style="font-size:10px">Para no recibir más avisos, responda BAJA.</p>
</body></html>""" % rstr(rng, 12, B62)
    client = ["From: " + addr("Alliant Energy Servicio al Cliente", "servicio@alliant-energia-pagos.com", "windows-1252", "Q"),
              "To: " + CCA,
              "Subject: " + ew("Aviso final: su servicio será desconectado en 24 horas", "windows-1252", "Q", label="windows-1252"),
              "Date: " + rfcdate(t - D.timedelta(minutes=3), "utc"),
              "Message-ID: <%s@alliant-energia-pagos.com>" % rstr(rng, 24, HEXL),
              "MIME-Version: 1.0",
              'Content-Type: text/html; charset="windows-1252"',
              "Content-Transfer-Encoding: quoted-printable",
              "X-Priority: 1"]
    ip = "45.%d.%d.%d" % (rng.randint(60, 200), rng.randint(1, 250), rng.randint(1, 250))
    tr = generic(rng, mailbox="customercare", rp="<bounce@alliant-energia-pagos.com>", t_utc=t, helo="vps%d.hostingnet.top" % rng.randint(100, 999), ip=ip,
                 spf=("softfail", "bounce@alliant-energia-pagos.com", ip), dmarc=("fail", "none", "alliant-energia-pagos.com"))
    return assemble(tr, client, encode_payload(h, "windows-1252", "quoted-printable"))


@auto("cold-sales-translation", "2024-09-23 09:47:12", "customercare", "automated: spam/phishing", "en", "sales-engagement tool",
      "cold sales pitch for multilingual utility letters, with 'reply STOP to opt out' wording: outreach, not a customer request")
def _(rng, t):
    text = """Hi Customer Care team,

Utilities in Iowa and Wisconsin serve more Somali, Karen, Hmong and Spanish-speaking households every year. Many of them never read the English bill inserts or privacy notices you send.

Polyglot Utility Communications translates bills, disconnect notices and opt-out letters into 40+ languages, with plain-language review by community interpreters.

Would you have 15 minutes next week for a quick call?

Best,
Dana Whitfield
Polyglot Utility Communications
612-555-0188

If you'd rather not hear from me, reply STOP and I'll opt you out."""
    client = ["From: Dana Whitfield <dana@polyglot-utilcomm.com>",
              "To: " + CCA,
              "Subject: Reaching your Somali, Karen and Spanish-speaking customers",
              "Date: " + rfcdate(t - D.timedelta(seconds=4), "eastern"),
              "Message-ID: <%s@polyglot-utilcomm.com>" % uuid(rng, upper=False),
              "X-Mailer: Outreachly Sequences",
              "MIME-Version: 1.0",
              "Content-Type: text/plain; charset=utf-8",
              "Content-Transfer-Encoding: 7bit"]
    return assemble(g_trace(rng, "customercare", "<dana@polyglot-utilcomm.com>", t, "polyglot-utilcomm.com"), client,
                    encode_payload(text, "utf-8", "7bit"))


@auto("scam-vi-giftcard", "2024-12-21 01:05:44", "customercare", "automated: spam/phishing", "vi", "bulk spam sender",
      "Vietnamese-language prize scam using our name ('Bạn đã trúng thẻ quà tặng'); HTML only, base64; no authentication")
def _(rng, t):
    h = """<html><head><meta charset="utf-8"></head><body>
<h2>Alliant Energy - Khách hàng may mắn</h2>
<p>Chúc mừng! Bạn đã được chọn để nhận thẻ quà tặng trị giá <b>$500</b> nhân dịp cuối năm.</p>
<p>Vui lòng xác nhận thông tin tài khoản và số thẻ ngân hàng để nhận quà trong vòng 48 giờ:</p>
<p><a href="http://alliant-rewards-vn.top/nhan-qua?u=%s">NHẬN QUÀ NGAY</a></p>
<p>Nếu không muốn nhận thư này, bấm vào đây để hủy đăng ký.</p>
</body></html>""" % rstr(rng, 10, B62)
    client = ["From: " + addr("Alliant Energy Khuyến mãi", "thongbao@alliant-rewards-vn.top"),
              "To: " + CCA,
              "Subject: " + ew("Chúc mừng! Bạn đã trúng thẻ quà tặng $500"),
              "Date: " + rfcdate(t - D.timedelta(minutes=7), "utc"),
              "Message-ID: <%s@alliant-rewards-vn.top>" % rstr(rng, 18, HEXL),
              "MIME-Version: 1.0",
              "Content-Type: text/html; charset=utf-8",
              "Content-Transfer-Encoding: base64"]
    ip = "103.%d.%d.%d" % (rng.randint(10, 250), rng.randint(1, 250), rng.randint(1, 250))
    tr = generic(rng, mailbox="customercare", rp="<thongbao@alliant-rewards-vn.top>", t_utc=t, helo="mail.alliant-rewards-vn.top", ip=ip,
                 spf=("none", "thongbao@alliant-rewards-vn.top", "no SPF record"), dmarc=None)
    return assemble(tr, client, encode_payload(h, "utf-8", "base64"))


@auto("phish-docsign-privacy", "2025-01-29 02:51:19", "powerhousecatalog", "automated: spam/phishing", "en", "phishing kit",
      "credential phishing dressed as an e-signature request about a 'privacy policy update' for the catalog mailbox")
def _(rng, t):
    h = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="600"><tr><td style="background:#1e4e79;color:#ffffff;padding:16px"><b>Document ready for signature</b></td></tr>
<tr><td style="padding:16px">
<p>powerhousecatalog@alliant-energy.com,</p>
<p>Legal has shared <b>"Privacy Policy Update - Customer List Sharing Acknowledgement.pdf"</b> for your review and signature.</p>
<p><a href="https://alliant-legal-docs.sign-review.top/s/%s">REVIEW DOCUMENT</a></p>
<p>This link expires in 24 hours. Your mailbox will be restricted if the acknowledgement is not completed.</p>
</td></tr></table></body></html>""" % rstr(rng, 16, B62)
    client = ["From: E-Sign Notice <dse_na3@esign-notice-mail.com>",
              "To: " + PHA,
              "Subject: Privacy Policy Update: acknowledgement required for powerhousecatalog@alliant-energy.com",
              "Date: " + rfcdate(t - D.timedelta(minutes=1), "utc"),
              "Message-ID: <%s@esign-notice-mail.com>" % uuid(rng, upper=False),
              "MIME-Version: 1.0",
              'Content-Type: text/html; charset="us-ascii"',
              "Content-Transfer-Encoding: quoted-printable"]
    ip = "91.%d.%d.%d" % (rng.randint(10, 250), rng.randint(1, 250), rng.randint(1, 250))
    tr = generic(rng, mailbox="powerhousecatalog", rp="<dse_na3@esign-notice-mail.com>", t_utc=t, helo="esign-notice-mail.com", ip=ip,
                 spf=("softfail", "dse_na3@esign-notice-mail.com", ip), dmarc=("fail", "none", "esign-notice-mail.com"))
    return assemble(tr, client, encode_payload(h, "ascii", "quoted-printable"))


@auto("spam-zh-invoices", "2024-12-11 04:22:57", "powerhousecatalog", "automated: spam/phishing", "zh", "bulk spam sender",
      "classic Chinese invoice spam ('代开各类发票'); gb2312 base64 plain text; sent to the catalog box")
def _(rng, t):
    text = """您好！
本公司长期代开各地增值税发票、普通发票，税点优惠，可先验票后付款。
联系人：王经理
微信：fp%d

如有打扰，敬请谅解。""" % rng.randint(100000, 999999)
    client = ["From: " + addr("王经理", "fapiao%d@sina-mail.cn" % rng.randint(1000, 9999), "gb2312", "B", label="gb2312"),
              "To: " + PHA,
              "Subject: " + ew("代开各类发票 (增值税专用发票)", "gb2312", "B", label="gb2312"),
              "Date: " + rfcdate(t - D.timedelta(minutes=12), "china"),
              "Message-ID: <%s@sina-mail.cn>" % rstr(rng, 20, HEXL),
              "MIME-Version: 1.0",
              'Content-Type: text/plain; charset="gb2312"',
              "Content-Transfer-Encoding: base64",
              "X-Mailer: Foxmail 7.2.25.254"]
    ip = "117.%d.%d.%d" % (rng.randint(10, 250), rng.randint(1, 250), rng.randint(1, 250))
    tr = generic(rng, mailbox="powerhousecatalog", rp="<fapiao@sina-mail.cn>", t_utc=t, helo="[%s]" % ip, rdns="unknown", ip=ip,
                 spf=("fail", "fapiao@sina-mail.cn", ip), dmarc=None, tls=False)
    return assemble(tr, client, encode_payload(text, "gb2312", "base64"))
