# -*- coding: utf-8 -*-
"""Automated / non-request mail (built raw), plus our own Spanish web-form relay (a human question)."""
from datetime import timedelta, timezone

import mailkit as mk
import ours
from mailkit import esc

CC = mk.MAILBOXES["customercare"]
PH = mk.MAILBOXES["powerhousecatalog"]


def _our_headers(key, rcpt, r):
    """Header block of one of our own outgoing mails, as a DSN's text/rfc822-headers shows it."""
    o = ours.OURS[key]
    dt = mk.mkdt(o["date"], "CT")
    lu = o["from_addr"]
    return "\n".join([
        "Return-Path: <%s>" % lu,
        "Received: from mail.alliant-energy.com (mail.alliant-energy.com [198.51.100.25])",
        "\tby out2.alliant-energy.com (Postfix) with ESMTPS id %s" % r.postfix_qid(),
        "\tfor <%s>; %s" % (rcpt, mk.postfix_date(dt)),
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=alliant-energy.com;",
        "\ts=mail2025; t=%d; bh=%s;" % (int(dt.timestamp()), r.b64(32)),
        "\th=From:To:Subject:Date:Message-ID:List-Unsubscribe;",
        "\tb=" + r.b64(48),
        "From: %s <%s>" % (o["from_name"], o["from_addr"]),
        "To: %s" % rcpt,
        "Subject: %s" % o["subject"],
        "Date: %s" % mk.rfc_date(dt),
        "Message-ID: %s" % o["msgid"],
        "List-Unsubscribe: <mailto:%s?subject=unsubscribe>" % lu,
        "MIME-Version: 1.0",
        "Content-Type: multipart/alternative; boundary=\"=_ae_%s\"" % r.hexs(16),
    ])


def _dt(s, zone="CT"):
    return mk.mkdt(s, zone)


# ============================================================================ a01 Exchange OOO
def a01(seed):
    r = mk.R(seed)
    o = ours.OURS["promo_thermostat"]
    dt = _dt("2026-03-03 09:14:41")
    frm = "mlara@constructoralara.com"
    top = mk.ours_top(r, "customercare", frm, "NAM11-DM6-obe.outbound.protection.outlook.com",
                      "mail-dm6nam11on2110.outbound.protection.outlook.com", "40.107.223.110", dt,
                      mk.auth_pass(r, "constructoralara.com", arc=True), tls="1.2")
    srv = "BN0PR14MB%d" % r.randint(4000, 9999)
    plain = """Gracias por su mensaje.

Me encuentro fuera de la oficina del 2 al 9 de marzo, con acceso limitado al correo. Para asuntos urgentes, comuníquese con Laura Gutiérrez a lgutierrez@constructoralara.com o al 608-555-0182.

Saludos,
Ing. Mauricio Lara
Constructora Lara LLC
"""
    html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\n</head>\n'
            '<body>\n' + "".join('<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 11pt;">%s'
                                 '</div>\n' % (esc(l) if l else "<br>") for l in plain.rstrip("\n").split("\n"))
            + "</body>\n</html>\n")
    bnd = "_000_%s%s_" % (srv, r.HEX(20))
    body = mk.multipart(bnd, [mk.text_part(plain, "plain", "iso-8859-1", "quoted-printable"),
                              mk.text_part(html, "html", "iso-8859-1", "quoted-printable")])
    hs = top + [
        ("ARC-Seal", "i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=" + r.sig_b64(256, " ", 74)),
        ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=constructoralara.com;\n s=selector1;\n"
         " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\n bh=%s;\n b=%s"
         % (r.b64(32), r.sig_b64(256, " ", 74))),
        ("Received", "from %s.namprd14.prod.outlook.com (2603:10b6:408:%s::%d)\n by %s.namprd14.prod.outlook.com"
         " with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8511.27;"
         " %s" % (srv, r.hexs(3), r.randint(2, 30), srv, mk.rfc_date(dt.astimezone(timezone.utc)))),
        ("From", "Mauricio Lara <%s>" % frm),
        ("To", "Alliant Energy <%s>" % CC),
        ("Subject", mk.hdr_text("Respuesta automática: " + o["subject"], "iso-8859-1", "Q", "iso-8859-1")),
        ("Thread-Topic", o["subject"]),
        ("Thread-Index", "AQHbj" + r.alnum(27)),
        ("Date", mk.rfc_date(dt.astimezone(timezone.utc))),
        ("Message-ID", "<%s%s@%s.namprd14.prod.outlook.com>" % (srv, r.HEX(24), srv)),
        ("References", o["msgid"]),
        ("In-Reply-To", o["msgid"]),
        ("Accept-Language", "es-MX, en-US"),
        ("Content-Language", "es-MX"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-Exchange-Organization-SCL", "-1"),
        ("X-MS-TNEF-Correlator", ""),
        ("X-Auto-Response-Suppress", "All"),
        ("Auto-Submitted", "auto-generated"),
        ("x-ms-exchange-parent-message-id", o["msgid"]),
        ("x-ms-exchange-generated-message-source", "Mailbox Rules Agent"),
        ("Content-Type", 'multipart/alternative; boundary="%s"' % bnd),
        ("MIME-Version", "1.0"),
    ]
    return mk.message(hs, body), dt


# ============================================================================ a02 Gmail vacation responder
def a02(seed):
    r = mk.R(seed)
    o = ours.OURS["catalog_spring"]
    dt = _dt("2026-03-10 07:02:49")
    frm = "lorenapaz.ph@gmail.com"
    host, ip = "mail-qk1-f181.google.com", "209.85.222.181"
    top = mk.ours_top(r, "powerhousecatalog", frm, host, host, ip, dt, mk.auth_pass(r, "gmail.com"))
    plain = ("¡Hola! Estoy de vacaciones hasta el 20 de marzo y no estaré revisando mi correo. "
             "Te respondo en cuanto regrese.\n\nSaludos,\nLorena\n")
    html = '<div dir="ltr">¡Hola! Estoy de vacaciones hasta el 20 de marzo y no estaré revisando mi correo. Te respondo ' \
           'en cuanto regrese.<div><br></div><div>Saludos,</div><div>Lorena</div></div>\n'
    bnd = "000000000000" + r.hexs(16)
    body = mk.multipart(bnd, [mk.text_part(plain, "plain", "utf-8", "quoted-printable", "UTF-8"),
                              mk.text_part(html, "html", "utf-8", "quoted-printable", "UTF-8")])
    ts = int(dt.timestamp())
    hs = top + [
        ("Received", "by %s with SMTP id af79cd13be357-7c5%s; %s" % (
            host, r.digits(7), mk.rfc_date(dt, zone="PT", twodigit=True, comment=mk.zone_of(dt, "PT")[1]))),
        ("DKIM-Signature", mk.dkim_sig(r, "gmail.com", "20230601",
                                       "references:in-reply-to:auto-submitted:subject:message-id:date:from:to",
                                       t=ts, extra="x=%d; darn=alliant-energy.com;" % (ts + 604800), indent="        ")),
        ("X-Google-Smtp-Source", "AGHT+IF" + r.alnum(60) + "=="),
        ("X-Received", "by 2002:a05:620a:%s:b0:7c5:%s:%s with SMTP id %s;\n        %s" % (
            r.hexs(4), r.hexs(4), r.hexs(4), r.alnum(40).lower(),
            mk.rfc_date(dt, zone="PT", twodigit=True, comment=mk.zone_of(dt, "PT")[1]))),
        ("Received", "from 1024290624048 named unknown by gmailapi.google.com with HTTPREST; %s"
         % mk.rfc_date(dt - timedelta(seconds=1), zone="PT")),
        ("From", "Lorena Paz <%s>" % frm),
        ("Date", mk.rfc_date(dt - timedelta(seconds=1), zone="PT")),
        ("Message-ID", "<vacation.%s.%s@google.com>" % (r.hexs(16), r.hexs(8))),
        ("Subject", "Fuera de la oficina"),
        ("To", PH),
        ("In-Reply-To", o["msgid"]),
        ("References", o["msgid"]),
        ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0"),
        ("Content-Type", 'multipart/alternative; boundary="%s"' % bnd),
    ]
    return mk.message(hs, body), dt


# ============================================================================ a03 headerless OOO, small business
def a03(seed):
    r = mk.R(seed)
    dt = _dt("2026-09-15 09:01:12")
    frm = "info@taqueriaelsolwi.com"
    host = "p3plzcpnl509%d.prod.phx3.secureserver.net" % r.randint(100, 999)
    top = mk.ours_top(r, "customercare", frm, host, host, "184.168.%d.%d" % (r.randint(1, 250), r.randint(2, 250)),
                      dt, mk.auth_pass(r, "taqueriaelsolwi.com"), tls="1.2")
    plain = """Gracias por comunicarse con Taquería El Sol.

Estamos cerrados por vacaciones del 14 al 28 de septiembre. Todos los correos se contestarán a nuestro regreso. Para pedidos de banquetes llame al 608-555-0131 a partir del 29.

¡Gracias y nos vemos pronto!
Familia Cortés
"""
    body = mk.encode_body(plain, "iso-8859-1", "quoted-printable")
    hs = top + [
        ("DKIM-Signature", mk.dkim_sig(r, "taqueriaelsolwi.com", "default",
                                       "Message-ID:Subject:To:From:Date:Content-Transfer-Encoding:Content-Type:"
                                       "MIME-Version", indent="\t")),
        ("Received", "from [127.0.0.1] (port=%d helo=webmail.taqueriaelsolwi.com)\n\tby %s with esmtpa (Exim 4.98.1)"
         "\n\t(envelope-from <%s>)\n\tid 1w%s-%s-%s\n\tfor %s; %s"
         % (r.randint(30000, 60000), host, frm, r.alnum(4), r.alnum(7), r.alnum(2), CC,
            mk.rfc_date(dt, zone="MT"))),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=ISO-8859-1"),
        ("Content-Transfer-Encoding", "quoted-printable"),
        ("Date", mk.rfc_date(dt, zone="MT")),
        ("From", "=?ISO-8859-1?Q?Taquer=EDa_El_Sol?= <%s>" % frm),
        ("To", CC),
        ("Subject", "Re: " + ours.OURS["promo_audit"]["subject"]),
        ("Message-ID", "<%s@taqueriaelsolwi.com>" % r.hexs(32)),
    ]
    return mk.message(hs, body), dt


# ============================================================================ a04 Yahoo vacation
def a04(seed):
    r = mk.R(seed)
    o = ours.OURS["catalog_holiday"]
    dt = _dt("2026-11-10 07:01:18")
    frm = "mirnacastillo_70@yahoo.com.mx"
    sonic = "sonic%d-%d.consmr.mail.gq1.yahoo.com" % (r.randint(300, 330), r.randint(10, 60))
    top = mk.ours_top(r, "powerhousecatalog", frm, sonic, sonic, "98.137.%d.%d" % (r.randint(64, 69),
                                                                                 r.randint(2, 250)),
                      dt, mk.auth_pass(r, "yahoo.com.mx", policy="reject"))
    plain = ("Gracias por tu correo. Estoy fuera del país hasta el 15 de diciembre y tengo acceso limitado a "
             "internet. Te contesto a mi regreso.\n\nMirna\n")
    body = mk.encode_body(plain, "utf-8", "quoted-printable")
    hs = top + [
        ("DKIM-Signature", mk.dkim_sig(r, "yahoo.com.mx", "s2048", "Date:From:To:Subject:From:Subject",
                                       t=int(dt.timestamp()), indent=" ")),
        ("X-YMail-OSG", r.alnum(60) + "\n " + r.alnum(76) + "\n " + r.alnum(40)),
        ("X-Sonic-MF", "<%s>" % frm),
        ("Received", "by sonic.gate.mail.ne1.yahoo.com with HTTP; %s" % mk.rfc_date(dt.astimezone(timezone.utc))),
        ("Date", mk.rfc_date(dt.astimezone(timezone.utc), comment="UTC")),
        ("From", "Mirna Castillo <%s>" % frm),
        ("To", PH),
        ("Message-ID", "<%d.%d.%d@mail.yahoo.com>" % (r.randint(100000000, 2099999999), r.randint(100000, 9999999),
                                                     int(dt.timestamp() * 1000))),
        ("In-Reply-To", o["msgid"]),
        ("Subject", mk.hdr_text("Respuesta automática: " + o["subject"], "utf-8", "Q", "UTF-8")),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=UTF-8"),
        ("Content-Transfer-Encoding", "quoted-printable"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Autoreply", "yes"),
    ]
    return mk.message(hs, body), dt


# ============================================================================ DSN helpers
def _dsn(r, reporting_mta, rcpt, action, status, diag, arrival, last_attempt=None, remote=None):
    lines = ["Reporting-MTA: dns; %s" % reporting_mta,
             "X-Postfix-Queue-ID: %s" % r.HEX(10),
             "X-Postfix-Sender: rfc822; %s" % CC if "prodigy" in reporting_mta else None,
             "Arrival-Date: %s" % arrival, "",
             "Final-Recipient: rfc822; %s" % rcpt,
             "Original-Recipient: rfc822;%s" % rcpt,
             "Action: %s" % action,
             "Status: %s" % status]
    if remote:
        lines.append("Remote-MTA: dns; %s" % remote)
    lines.append("Diagnostic-Code: smtp; %s" % diag)
    if last_attempt:
        lines.append("Last-Attempt-Date: %s" % last_attempt)
    return "\n".join(l for l in lines if l is not None) + "\n"


# ============================================================================ a05 Telmex/Prodigy bounce
def a05(seed):
    r = mk.R(seed)
    dt = _dt("2026-10-06 07:31:40")
    rcpt = "r.castillo1958@prodigy.net.mx"
    mta = "smtp3.prodigy.net.mx"
    top = mk.ours_top(r, "customercare", "", mta, mta, "201.154.%d.%d" % (r.randint(100, 140), r.randint(2, 250)),
                      dt, ["dkim=none (message not signed)", "spf=none smtp.helo=%s" % mta,
                           "dmarc=none header.from=%s" % mta], tls="1.2")
    arrival = mk.rfc_date(mk.mkdt(ours.OURS["newsletter_oct"]["date"], "CT"), zone="MX",
                          comment="CST")
    text = """Este es el programa de correo en %s.

Lamentamos informarle que su mensaje no pudo ser entregado a uno o más
destinatarios. Se adjuntan los encabezados del mensaje original.

Para más ayuda, comuníquese con <postmaster@prodigy.net.mx>.

Si lo desea, puede eliminar de sus listas la dirección que falló.

                   El programa de correo

<%s>: host buzon.prodigy.net.mx[10.128.4.21] dijo: 550 5.1.1
    <%s>: La cuenta de correo no existe o fue dada de baja
    (en respuesta al comando RCPT TO)
""" % (mta, rcpt, rcpt)
    bnd = "%s.%d/%s" % (r.HEX(10), int(dt.timestamp()), mta)
    p1 = mk.text_part(text, "plain", "iso-8859-1", "quoted-printable", "iso-8859-1", quote_cs=False,
                      extra=[("Content-Description", "Notification")])
    p2 = mk.part("message/delivery-status", mk.crlf(_dsn(
        r, mta, rcpt, "failed", "5.1.1", "550 5.1.1 <%s>: La cuenta de correo no existe o fue dada de baja" % rcpt,
        arrival, remote="buzon.prodigy.net.mx")).encode(),
        extra=[("Content-Description", "Delivery report")])
    p3 = mk.part("text/rfc822-headers", mk.crlf(_our_headers("newsletter_oct", rcpt, r) + "\n").encode(),
                 extra=[("Content-Description", "Undelivered Message Headers")])
    body = mk.multipart(bnd, [p1, p2, p3], preamble="This is a MIME-encapsulated message.\n")
    hs = top + [
        ("Received", "by %s (Postfix)\n\tid %s; %s" % (mta, r.HEX(10), mk.rfc_date(dt, zone="MX", comment="CST"))),
        ("Date", mk.rfc_date(dt, zone="MX", comment="CST")),
        ("From", "MAILER-DAEMON@%s (Sistema de Entrega de Correo)" % mta),
        ("Subject", mk.hdr_text("Notificación de estado de entrega (falla)", "iso-8859-1", "Q", "iso-8859-1")),
        ("To", CC),
        ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0"),
        ("Content-Type", 'multipart/report; report-type=delivery-status;\n\tboundary="%s"' % bnd),
        ("Content-Transfer-Encoding", "8bit"),
        ("Message-Id", "<%s@%s>" % (r.HEX(10) + "." + r.digits(10), mta)),
    ]
    return mk.message(hs, body), dt


# ============================================================================ a06 Exim bounce, Colombia
def a06(seed):
    r = mk.R(seed)
    dt = _dt("2026-06-16 07:06:22")
    rcpt = "luzmery.gallego@une.net.co"
    mta = "mx2.une.net.co"
    top = mk.ours_top(r, "powerhousecatalog", "", mta, mta, "190.248.%d.%d" % (r.randint(1, 250), r.randint(2, 250)),
                      dt, ["dkim=none (message not signed)", "spf=pass smtp.helo=%s" % mta,
                           "dmarc=none header.from=%s" % mta], tls="1.2")
    text = """Este mensaje fue generado automáticamente por el software de entrega de correo.

Un mensaje que usted envió no pudo ser entregado a uno o más de sus
destinatarios. Este es un error permanente. La(s) siguiente(s)
dirección(es) falló(aron):

  %s
    el buzón del destinatario está lleno (cuota excedida)
    host buzones.une.net.co [10.20.30.41]
    SMTP error from remote mail server after RCPT TO:<%s>:
    552 5.2.2 Mailbox full

------ Este es una copia de los encabezados del mensaje. ------

%s
""" % (rcpt, rcpt, _our_headers("catalog_summer", rcpt, r))
    body = mk.encode_body(text, "utf-8", "8bit")
    hs = top + [
        ("Received", "from Debian-exim by %s with local (Exim 4.96)\n\tid 1w%s-%s-%s\n\tfor %s; %s"
         % (mta, r.alnum(4), r.alnum(7), r.alnum(2), PH, mk.rfc_date(dt, zone="CO"))),
        ("X-Failed-Recipients", rcpt),
        ("Auto-Submitted", "auto-replied"),
        ("From", "Mail Delivery System <Mailer-Daemon@%s>" % mta),
        ("To", PH),
        ("Content-Type", "text/plain; charset=utf-8"),
        ("Content-Transfer-Encoding", "8bit"),
        ("Subject", mk.hdr_text("Falla en la entrega del correo: devolviendo mensaje al remitente", "utf-8", "Q")),
        ("Message-Id", "<E1w%s-%s-%s@%s>" % (r.alnum(4), r.alnum(7), r.alnum(2), mta)),
        ("Date", mk.rfc_date(dt, zone="CO")),
    ]
    return mk.message(hs, body), dt


# ============================================================================ a07 Exchange NDR, Guatemala
def a07(seed):
    r = mk.R(seed)
    o = ours.OURS["promo_solar"]
    dt = _dt("2026-04-14 10:06:03")
    dom = "distribuidoralaceiba.com.gt"
    rcpt = "compras@%s" % dom
    srv = "SJ2PR22MB%d" % r.randint(4000, 9999)
    frm = "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@%s" % dom
    top = mk.ours_top(r, "customercare", "", "NAM12-BN8-obe.outbound.protection.outlook.com",
                      "mail-bn8nam12on2131.outbound.protection.outlook.com", "40.107.237.131", dt,
                      ["dkim=none (message not signed)", "spf=pass smtp.helo=NAM12-BN8-obe.outbound.protection."
                       "outlook.com", "dmarc=none header.from=%s" % dom], tls="1.2")
    plain = """No se pudo entregar el mensaje a estos destinatarios o grupos:

%s (%s)
La dirección de correo electrónico que escribió no se encontró. Compruebe la dirección de correo electrónico del destinatario e intente enviar el mensaje de nuevo. Si el problema continúa, póngase en contacto con el departamento de soporte técnico.








Información de diagnóstico para administradores:

Servidor que genera el mensaje: %s.namprd22.prod.outlook.com

%s
Servidor remoto devuelto '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Encabezados del mensaje original:

%s
""" % (rcpt, rcpt, srv, rcpt, _our_headers("promo_solar", rcpt, r))
    html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n'
            '<p><b><font color="#000066" size="3" face="Arial">No se pudo entregar el mensaje a estos destinatarios o '
            'grupos:</font></b></p>\n<font color="#000000" size="2" face="Tahoma"><p><a href="mailto:%s">%s</a> (%s)'
            '<br>\n</font><font color="#000000" size="3" face="Arial">La dirección de correo electrónico que escribió '
            'no se encontró. Compruebe la dirección de correo electrónico del destinatario e intente enviar el '
            'mensaje de nuevo. Si el problema continúa, póngase en contacto con el departamento de soporte técnico.'
            '</font></p>\n<br>\n<font color="#808080" size="2" face="Tahoma"><p><b>Información de diagnóstico para '
            'administradores:</b></p>\n<p>Servidor que genera el mensaje: %s.namprd22.prod.outlook.com</p>\n</font>'
            '\n</body>\n</html>\n' % (rcpt, rcpt, rcpt, srv))
    inner_b = "_002_%s%s_" % (srv, r.HEX(16))
    outer_b = "_000_%s%s_" % (srv, r.HEX(16))
    alt = mk.multipart(inner_b, [mk.text_part(plain, "plain", "utf-8", "quoted-printable", "utf-8"),
                                 mk.text_part(html, "html", "utf-8", "quoted-printable", "utf-8")])
    p1 = mk.headers_bytes([("Content-Type", 'multipart/alternative; differences=Content-Type;\n\tboundary="%s"'
                            % inner_b)]) + b"\r\n" + alt
    ds = "\n".join(["Reporting-MTA: dns;%s.namprd22.prod.outlook.com" % srv,
                    "Received-From-MTA: dns;mx1.alliant-energy.com",
                    "Arrival-Date: %s" % mk.rfc_date(mk.mkdt(o["date"]).astimezone(timezone.utc)), "",
                    "Final-Recipient: rfc822;%s" % rcpt, "Action: failed", "Status: 5.1.10",
                    "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP "
                    "address lookup"]) + "\n"
    p2 = mk.part("message/delivery-status", mk.crlf(ds).encode())
    p3 = mk.part("text/rfc822-headers", mk.crlf(_our_headers("promo_solar", rcpt, r) + "\n").encode())
    body = mk.multipart(outer_b, [p1, p2, p3])
    hs = top + [
        ("Received", "from %s.namprd22.prod.outlook.com (2603:10b6:a03:%s::%d)\n by %s.namprd22.prod.outlook.com "
         "with Microsoft SMTP Server id 15.20.8632.30; %s" % (srv, r.hexs(3), r.randint(2, 30), srv,
                                                              mk.rfc_date(dt.astimezone(timezone.utc)))),
        ("From", "Microsoft Outlook <%s>" % frm),
        ("To", CC),
        ("Date", mk.rfc_date(dt.astimezone(timezone.utc))),
        ("Content-Type", 'multipart/report; report-type=delivery-status;\n\tboundary="%s"' % outer_b),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("Content-Language", "es-ES"),
        ("Message-ID", "<%s@%s.namprd22.prod.outlook.com>" % (r.uuid(False), srv)),
        ("In-Reply-To", o["msgid"]),
        ("References", o["msgid"]),
        ("Thread-Topic", o["subject"]),
        ("Thread-Index", "AQHb" + r.alnum(20)),
        ("Subject", "No se puede entregar: " + o["subject"]),
        ("Auto-Submitted", "auto-replied"),
        ("X-MS-PublicTrafficType", "Email"),
        ("MIME-Version", "1.0"),
    ]
    return mk.message(hs, body), dt


# ============================================================================ a08 delay DSN, El Salvador
def a08(seed):
    r = mk.R(seed)
    dt = _dt("2026-11-10 11:05:31")
    rcpt = "jc.menjivar@navegante.com.sv"
    mta = "mail.navegante.com.sv"
    top = mk.ours_top(r, "powerhousecatalog", "", mta, mta, "168.243.%d.%d" % (r.randint(1, 250), r.randint(2, 250)),
                      dt, ["dkim=none (message not signed)", "spf=none smtp.helo=%s" % mta,
                           "dmarc=none header.from=%s" % mta], tls=None)
    text = """Este es el sistema de correo en %s.

####################################################################
# ESTE ES SOLO UN AVISO. NO NECESITA VOLVER A ENVIAR SU MENSAJE.   #
####################################################################

Su mensaje no ha podido ser entregado durante 4 horas.
El sistema seguirá intentando entregarlo hasta por 5 días.

                   El sistema de correo

<%s>: connect to buzon2.navegante.com.sv[200.31.%d.%d]:25:
    Connection timed out (Tiempo de espera agotado)
""" % (mta, rcpt, r.randint(1, 250), r.randint(2, 250))
    bnd = "%s.%d/%s" % (r.HEX(10), int(dt.timestamp()), mta)
    arrival = mk.rfc_date(mk.mkdt(ours.OURS["catalog_holiday"]["date"]), zone="SV", comment="CST")
    p1 = mk.text_part(text, "plain", "iso-8859-1", "8bit", "iso-8859-1", quote_cs=False,
                      extra=[("Content-Description", "Notification")])
    p2 = mk.part("message/delivery-status", mk.crlf(_dsn(
        r, mta, rcpt, "delayed", "4.4.1", "connect to buzon2.navegante.com.sv: Connection timed out",
        arrival, last_attempt=mk.rfc_date(dt, zone="SV", comment="CST"))).encode(),
        extra=[("Content-Description", "Delivery report")])
    p3 = mk.part("text/rfc822-headers", mk.crlf(_our_headers("catalog_holiday", rcpt, r) + "\n").encode(),
                 extra=[("Content-Description", "Undelivered Message Headers")])
    body = mk.multipart(bnd, [p1, p2, p3], preamble="This is a MIME-encapsulated message.\n")
    hs = top + [
        ("Received", "by %s (Postfix)\n\tid %s; %s" % (mta, r.HEX(10), mk.rfc_date(dt, zone="SV", comment="CST"))),
        ("Date", mk.rfc_date(dt, zone="SV", comment="CST")),
        ("From", "MAILER-DAEMON@%s (Sistema de correo)" % mta),
        ("Subject", mk.hdr_text("Aviso de retraso en la entrega (aún no es un error)", "iso-8859-1", "Q",
                                "ISO-8859-1")),
        ("To", PH),
        ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0"),
        ("Content-Type", 'multipart/report; report-type=delivery-status;\n\tboundary="%s"' % bnd),
        ("Content-Transfer-Encoding", "8bit"),
        ("Message-Id", "<%s@%s>" % (r.HEX(10) + "." + r.digits(10), mta)),
    ]
    return mk.message(hs, body), dt


# ============================================================================ a09 Spanish phishing posing as Alliant
def a09(seed):
    r = mk.R(seed)
    dt = _dt("2026-08-12 03:14:27")
    dom = "alliantenergy-pagos.com"
    ip = "45.89.%d.%d" % (r.randint(1, 250), r.randint(2, 250))
    top = mk.ours_top(r, "customercare", "bounce-%s@%s" % (r.digits(6), dom), "vps-%s.hostvds-eu.net" % r.digits(5),
                      "unknown", ip, dt, ["dkim=none (message not signed)", "spf=softfail smtp.mailfrom=%s" % dom,
                                          "dmarc=none (p=none dis=none) header.from=%s" % dom], tls="1.2")
    link = "http://alliantenergy-pagos.com.verificar-cuenta.top/pago?id=%s" % r.alnum(18)
    html = """<!DOCTYPE html>
<html><head><meta charset="UTF-8"><title>Alliant Energy</title></head>
<body style="font-family:Arial,sans-serif;background:#f3f3f3;">
<table width="600" align="center" style="background:#ffffff;border-top:6px solid #e0001b;"><tr><td style="padding:24px;">
<p style="font-size:22px;color:#e0001b;"><b>Alliant Energy</b></p>
<p>Estimado cliente:</p>
<p>Hemos detectado un <b>saldo vencido de $184.32</b> en su cuenta de servicio eléctrico. Debido a la falta de pago,
su servicio será <b>suspendido en las próximas 24 horas</b>.</p>
<p>Para evitar la desconexión y un cargo de reconexión de $75.00, verifique sus datos y realice su pago ahora:</p>
<p style="text-align:center;"><a href="%s" style="background:#e0001b;color:#fff;padding:12px 28px;text-decoration:none;">PAGAR AHORA</a></p>
<p>Si ya realizó su pago, ignore este mensaje.</p>
<p>Atentamente,<br>Departamento de Cobranza<br>Alliant Energy</p>
<p style="font-size:10px;color:#999;">Si no desea recibir más avisos, <a href="%s&amp;baja=1">haga clic aquí para darse de baja</a>.
No comparta esta información. &copy; 2026 Alliant Energy Corporation.</p>
</td></tr></table></body></html>
""" % (link, link)
    body = mk.encode_body(html, "utf-8", "base64")
    hs = top + [
        ("Received", "from [127.0.0.1] (localhost [127.0.0.1])\n\tby vps-%s.hostvds-eu.net with ESMTPSA id %s\n\t"
         "for <%s>; %s" % (r.digits(5), r.hexs(12), CC, mk.rfc_date(dt, zone="UTC"))),
        ("Date", mk.rfc_date(dt, zone="UTC")),
        ("To", CC),
        ("From", "%s <servicio@%s>" % (mk.ew("Alliant Energy Atención al Cliente", "utf-8", "B"), dom)),
        ("Reply-To", "cobranza@%s" % dom),
        ("Subject", mk.ew("Aviso final: su servicio será suspendido en 24 horas", "utf-8", "B")),
        ("Message-ID", "<%s@%s>" % (r.alnum(32), dom)),
        ("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)"),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/html; charset=UTF-8"),
        ("Content-Transfer-Encoding", "base64"),
    ]
    return mk.message(hs, body), dt


# ============================================================================ a10 church list post (Mailman 3)
def a10(seed):
    r = mk.R(seed)
    dt = _dt("2026-04-16 20:00:44")
    lst = "anuncios@lists.sanjosewatertown.org"
    host = "lists.sanjosewatertown.org"
    top = mk.ours_top(r, "customercare", "anuncios-bounces+customercare=alliant-energy.com@%s" % host, host, host,
                      "64.227.%d.%d" % (r.randint(1, 250), r.randint(2, 250)), dt,
                      mk.auth_pass(r, host, from_domain=host), tls="1.3")
    text = """Queridos hermanos y hermanas:

Les recordamos que este domingo 19 de abril, después de la misa de 11, tendremos la kermés parroquial en el salón. Habrá tamales, pupusas, elotes, rifa y juegos para los niños. Todo lo recaudado es para el fondo de reparación del techo.

Todavía necesitamos voluntarios para la cocina de 9 a 1. Si puede ayudar, hable con Doña Chela o conteste a este correo.

Dear parishioners: our parish festival is this Sunday after the 11 a.m. Mass. Volunteers still needed in the kitchen!

Bendiciones,
Hna. Rocío Valdivia
Ministerio Hispano - Parroquia San José

_______________________________________________
Anuncios mailing list -- anuncios@lists.sanjosewatertown.org
Para darse de baja envíe un correo a anuncios-leave@lists.sanjosewatertown.org
"""
    body = mk.encode_body(text, "utf-8", "quoted-printable")
    hs = top + [
        ("DKIM-Signature", mk.dkim_sig(r, host, "mm2024", "From:Reply-To:To:Subject:Date:List-Id:List-Unsubscribe",
                                       indent="\t")),
        ("Received", "from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s;\n\t%s"
         % (host, host, r.HEX(10), mk.postfix_date(dt))),
        ("From", "%s <%s>" % (mk.ew("Rocío Valdivia via Anuncios", "utf-8", "Q"), lst)),
        ("Reply-To", "%s <rocio.valdivia.sjw@gmail.com>" % mk.ew("Rocío Valdivia", "utf-8", "Q")),
        ("To", CC),
        ("Subject", mk.hdr_text("[Anuncios San José] Kermés parroquial este domingo / Parish festival this Sunday",
                                "utf-8", "Q")),
        ("Date", mk.rfc_date(dt - timedelta(seconds=30))),
        ("Message-ID", "<CA%s@mail.gmail.com>" % r.alnum(50)),
        ("MIME-Version", "1.0"),
        ("Content-Type", 'text/plain; charset="utf-8"'),
        ("Content-Transfer-Encoding", "quoted-printable"),
        ("Message-ID-Hash", r.alnum(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")),
        ("X-Message-ID-Hash", r.alnum(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")),
        ("X-MailFrom", "rocio.valdivia.sjw@gmail.com"),
        ("X-Mailman-Rule-Misses", "dmarc-mitigation; no-senders; approved; emergency; loop; banned-address; "
         "member-moderation; nonmember-moderation; administrivia; implicit-dest; max-recipients;\n max-size; "
         "news-moderation; no-subject; digests; suspicious-header"),
        ("X-Mailman-Version", "3.3.9"),
        ("Precedence", "list"),
        ("List-Id", "Anuncios de la Parroquia San Jose <anuncios.lists.sanjosewatertown.org>"),
        ("Archived-At", "<https://lists.sanjosewatertown.org/archives/list/anuncios@lists.sanjosewatertown.org/"
         "message/%s/>" % r.alnum(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")),
        ("List-Archive", "<https://lists.sanjosewatertown.org/archives/list/anuncios@lists.sanjosewatertown.org/>"),
        ("List-Help", "<mailto:anuncios-request@lists.sanjosewatertown.org?subject=help>"),
        ("List-Owner", "<mailto:anuncios-owner@lists.sanjosewatertown.org>"),
        ("List-Post", "<mailto:anuncios@lists.sanjosewatertown.org>"),
        ("List-Subscribe", "<mailto:anuncios-join@lists.sanjosewatertown.org>"),
        ("List-Unsubscribe", "<mailto:anuncios-leave@lists.sanjosewatertown.org>"),
    ]
    return mk.message(hs, body), dt


# ============================================================================ a11 Spanish-language newsletter (bulk)
def a11(seed):
    r = mk.R(seed)
    dt = _dt("2026-05-06 10:00:07")
    mc = "mail%d.atl%d.mcdlv.net" % (r.randint(100, 250), r.randint(100, 300))
    uid = r.hexs(25)
    top = mk.ours_top(r, "customercare", "bounce-mc.us21_%s.%s-customercare=alliant-energy.com@%s" % (
        r.digits(8), r.hexs(10), mc), mc, mc, "198.2.%d.%d" % (r.randint(128, 191), r.randint(2, 250)), dt,
        mk.auth_pass(r, "camarahispanawi.org", mailfrom=mc), tls="1.2")
    plain = """Boletín de mayo - Cámara de Comercio Hispana de Wisconsin
============================================================

¡Hola, socio!

* Taller gratuito: "Finanzas para tu negocio" - martes 19 de mayo, 6 p.m., Madison
* Feria de empleo bilingüe - sábado 30 de mayo, Janesville
* Nuevos socios del mes: Panadería La Esperanza y Servicios Contables Ruiz
* Convocatoria: becas para hijos de socios, fecha límite 15 de junio

Lea el boletín completo: https://camarahispanawi.org/boletin/mayo-2026

--
Cámara de Comercio Hispana de Wisconsin
1845 N. Farwell Ave, Milwaukee, WI 53202

Usted recibe este correo porque es socio o patrocinador de la Cámara.
Actualizar preferencias: https://camarahispanawi.us21.list-manage.com/profile?u=%s
Darse de baja: https://camarahispanawi.us21.list-manage.com/unsubscribe?u=%s&id=%s
""" % (uid, uid, r.hexs(10))
    html = ('<!doctype html><html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8"><title>Boletín de '
            'mayo</title></head><body style="margin:0;padding:0;background:#fafafa;"><center><table width="600" '
            'style="background:#ffffff;"><tr><td style="padding:20px;font-family:Helvetica,Arial,sans-serif;">'
            '<h1 style="color:#c0392b;">Boletín de mayo</h1><p>¡Hola, socio!</p><ul>'
            '<li>Taller gratuito: &quot;Finanzas para tu negocio&quot; - martes 19 de mayo, 6 p.m., Madison</li>'
            '<li>Feria de empleo bilingüe - sábado 30 de mayo, Janesville</li>'
            '<li>Nuevos socios del mes: Panadería La Esperanza y Servicios Contables Ruiz</li>'
            '<li>Convocatoria: becas para hijos de socios, fecha límite 15 de junio</li></ul>'
            '<p><a href="https://camarahispanawi.us21.list-manage.com/track/click?u=%s&amp;id=%s">Lea el boletín '
            'completo</a></p><hr><p style="font-size:11px;color:#777;">Usted recibe este correo porque es socio o '
            'patrocinador de la Cámara.<br><a href="https://camarahispanawi.us21.list-manage.com/unsubscribe?u=%s">'
            'Darse de baja</a></p></td></tr></table></center><img src="https://camarahispanawi.us21.list-manage.com/'
            'track/open.php?u=%s&amp;id=%s" height="1" width="1" alt=""></body></html>\n'
            % (uid, r.hexs(10), uid, uid, r.hexs(10)))
    bnd = "_----------=_MCPart_%d" % r.randint(100000000, 999999999)
    body = mk.multipart(bnd, [mk.text_part(plain, "plain", "utf-8", "quoted-printable", "utf-8", quote_cs=True),
                              mk.text_part(html, "html", "utf-8", "quoted-printable", "utf-8", quote_cs=True)],
                        preamble="This is a multi-part message in MIME format\n")
    hs = top + [
        ("DKIM-Signature", mk.dkim_sig(r, "mcdlv.net", "k2", "Subject:From:Reply-To:To:Date:Message-ID:List-ID:"
                                       "List-Unsubscribe:Content-Type:MIME-Version:CC", indent=" ")),
        ("DKIM-Signature", mk.dkim_sig(r, "camarahispanawi.org", "k3", "Subject:From:Reply-To:To:Date:Message-ID:"
                                       "List-ID:List-Unsubscribe:Content-Type:MIME-Version:CC", indent=" ")),
        ("Received", "from localhost (localhost [127.0.0.1])\n\tby %s (Mailchimp) with ESMTP id 4f%s\n\tfor <%s>; "
         "%s" % (mc, r.alnum(10), CC, mk.rfc_date(dt.astimezone(timezone.utc), comment="GMT"))),
        ("Subject", mk.hdr_text("Boletín de mayo: taller de finanzas, feria de empleo y más", "utf-8", "Q")),
        ("From", "=?utf-8?Q?C=C3=A1mara_de_Comercio_Hispana_de_Wisconsin?= <boletin@camarahispanawi.org>"),
        ("Reply-To", "=?utf-8?Q?C=C3=A1mara_de_Comercio_Hispana_de_Wisconsin?= <info@camarahispanawi.org>"),
        ("To", "<%s>" % CC),
        ("Date", mk.rfc_date(dt.astimezone(timezone.utc))),
        ("Message-ID", "<%s.%s@%s>" % (r.hexs(32), r.digits(6), mc)),
        ("X-Mailer", "Mailchimp Mailer - **CID%s%s**" % (r.hexs(10), r.hexs(10))),
        ("X-Campaign", "mailchimp%s.%s" % (uid, r.hexs(10))),
        ("X-campaignid", "mailchimp%s.%s" % (uid, r.hexs(10))),
        ("X-Report-Abuse", "Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/"
         "?u=%s&id=%s&e=%s" % (uid, r.hexs(10), r.hexs(10))),
        ("X-MC-User", uid),
        ("Feedback-ID", "21:21.%s:us21:mc" % r.digits(7)),
        ("List-ID", "%s mc list <%s.%s.list-id.mcsv.net>" % (uid, uid, r.digits(6))),
        ("X-Accounttype", "pd"),
        ("List-Unsubscribe", "<https://camarahispanawi.us21.list-manage.com/unsubscribe?u=%s&id=%s&e=%s&c=%s>,\n "
         "<mailto:unsubscribe-mc.us21_%s.%s-%s@unsubscribe.mailchimpapp.net?subject=unsubscribe>"
         % (uid, r.hexs(10), r.hexs(10), r.hexs(10), uid, r.hexs(10), r.hexs(10))),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Content-Type", 'multipart/alternative; charset="utf-8";\n boundary="%s"' % bnd),
        ("Content-Transfer-Encoding", "7bit"),
        ("MIME-Version", "1.0"),
        ("Precedence", "bulk"),
    ]
    return mk.message(hs, body), dt


# ============================================================================ a12 calendar invitation
def a12(seed):
    r = mk.R(seed)
    dt = _dt("2026-04-20 14:00:19")
    org = "lucia.ferreira.org@gmail.com"
    host, ip = "mail-io1-f48.google.com", "209.85.166.48"
    top = mk.ours_top(r, "customercare", "3%s-%s@calendar-server.bounces.google.com" % (r.alnum(20), r.alnum(8)),
                      host, host, ip, dt, mk.auth_pass(r, "google.com", from_domain="gmail.com",
                                                       mailfrom="calendar-server.bounces.google.com"))
    uid = "%s@google.com" % r.alnum(26).lower()
    title = "Feria de recursos para familias latinas"
    when_es = "sábado, 9 de mayo de 2026 · 10:00 a.m. – 2:00 p.m. (hora central - Chicago)"
    plain = """Has recibido una invitación a este evento.

%s
%s
Lugar: Centro Comunitario Westside, 1120 W 4th St, Waterloo, IA
Organizador: Lucía Ferreira

Buscamos organizaciones y empresas que quieran poner una mesa informativa (luz y gas, salud, escuelas, consulado). Habrá traducción y comida. Por favor confirme antes del 1 de mayo.

Invitados:
- Lucía Ferreira (organizador)
- %s
- comunidad.westside@gmail.com
- info@consuladomovil.org

¿Vas a asistir? Sí / Quizás / No
https://calendar.google.com/calendar/event?action=RESPOND&eid=%s&rst=1

Invitación de Google Calendar: https://calendar.google.com/calendar/

Recibes este correo porque eres un invitado en el evento. Para dejar de recibir actualizaciones de este evento, rechaza la invitación.
""" % (title, when_es, CC, r.alnum(40))
    html = ('<div style="font-family:Roboto,Helvetica,Arial,sans-serif"><h2>%s</h2><p>%s</p><p>Lugar: Centro '
            'Comunitario Westside, 1120 W 4th St, Waterloo, IA</p><p>Organizador: Lucía Ferreira</p><p>Buscamos '
            'organizaciones y empresas que quieran poner una mesa informativa (luz y gas, salud, escuelas, consulado).'
            ' Habrá traducción y comida. Por favor confirme antes del 1 de mayo.</p><p><a href="https://calendar.'
            'google.com/calendar/event?action=RESPOND&amp;rst=1">Sí</a> · <a href="https://calendar.google.com/'
            'calendar/event?action=RESPOND&amp;rst=3">Quizás</a> · <a href="https://calendar.google.com/calendar/'
            'event?action=RESPOND&amp;rst=2">No</a></p></div>\n' % (esc(title), esc(when_es)))
    stamp = dt.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:America/Chicago
X-LIC-LOCATION:America/Chicago
BEGIN:DAYLIGHT
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
TZNAME:CDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20260509T100000
DTEND;TZID=America/Chicago:20260509T140000
DTSTAMP:%s
ORGANIZER;CN=Lucía Ferreira:mailto:%s
UID:%s
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=%s;X-NUM-GUESTS=0:mailto:%s
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Lucía Ferreira;X-NUM-GUESTS=0:mailto:%s
CREATED:%s
DESCRIPTION:Buscamos organizaciones y empresas que quieran poner una mesa i
 nformativa (luz y gas\\, salud\\, escuelas\\, consulado). Habrá traducción y
  comida.
LAST-MODIFIED:%s
LOCATION:Centro Comunitario Westside\\, 1120 W 4th St\\, Waterloo\\, IA
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:%s
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""" % (stamp, org, uid, CC, CC, org, stamp, stamp, title)
    alt_b = "000000000000" + r.hexs(16)
    mix_b = "000000000000" + r.hexs(16)
    alt = mk.multipart(alt_b, [
        mk.text_part(plain, "plain", "utf-8", "quoted-printable", "UTF-8"),
        mk.text_part(html, "html", "utf-8", "quoted-printable", "UTF-8"),
        mk.text_part(ics, "calendar", "utf-8", "quoted-printable", "UTF-8", params="; method=REQUEST")])
    att = mk.headers_bytes([("Content-Type", 'application/ics; name="invite.ics"'),
                            ("Content-Disposition", 'attachment; filename="invite.ics"'),
                            ("Content-Transfer-Encoding", "base64")]) + b"\r\n" + mk.b64_lines(
        mk.crlf(ics).encode("utf-8"))
    inner = mk.headers_bytes([("Content-Type", 'multipart/alternative; boundary="%s"' % alt_b)]) + b"\r\n" + alt
    body = mk.multipart(mix_b, [inner, att])
    subj = "Invitación: %s @ sáb 9 may 2026 10am - 2pm (CDT) (%s)" % (title, CC)
    ts = int(dt.timestamp())
    hs = top + [
        ("Received", "by %s with SMTP id ca18e2360f4ac-85b%s; %s" % (
            host, r.digits(7), mk.rfc_date(dt, zone="PT", twodigit=True, comment=mk.zone_of(dt, "PT")[1]))),
        ("DKIM-Signature", mk.dkim_sig(r, "google.com", "20230601", "to:from:subject:date:message-id:reply-to:sender",
                                       t=ts, extra="x=%d; darn=alliant-energy.com;" % (ts + 604800),
                                       indent="        ")),
        ("DKIM-Signature", mk.dkim_sig(r, "gmail.com", "20230601", "to:from:subject:date:message-id:reply-to:sender",
                                       t=ts, extra="x=%d; darn=alliant-energy.com;" % (ts + 604800),
                                       indent="        ")),
        ("MIME-Version", "1.0"),
        ("Reply-To", "%s <%s>" % (mk.ew("Lucía Ferreira", "utf-8", "Q", "UTF-8"), org)),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Auto-Submitted", "auto-generated"),
        ("Message-ID", "<calendar-%s@google.com>" % r.uuid(False)),
        ("Date", mk.rfc_date(dt.astimezone(timezone.utc))),
        ("Subject", mk.ew(subj, "utf-8", "Q", "UTF-8")),
        ("From", "%s <%s>" % (mk.ew("Lucía Ferreira", "utf-8", "Q", "UTF-8"), org)),
        ("To", CC),
        ("Content-Type", 'multipart/mixed; boundary="%s"' % mix_b),
    ]
    return mk.message(hs, body), dt


# ============================================================================ a13 cold SEO outreach
def a13(seed):
    r = mk.R(seed)
    dt = _dt("2026-02-19 11:22:31", "MX")
    frm = "diego@crecetuweb.mx"
    host, ip = "mail-pl1-f173.google.com", "209.85.214.173"
    top = mk.ours_top(r, "customercare", frm, host, host, ip, dt, mk.auth_pass(r, "crecetuweb.mx"))
    plain = """Hola, equipo de Alliant Energy:

Revisé su sitio web alliantenergy.com y noté que casi no aparece en Google cuando alguien busca en español ("compañía de luz Iowa", "pagar luz Wisconsin", etc.). Hay más de 400,000 hispanohablantes en su zona de servicio que podrían estar encontrando a su competencia antes que a ustedes.

En CreceTuWeb ayudamos a empresas de servicios a posicionarse en español: SEO bilingüe, contenido y campañas en redes. Le puedo mandar un diagnóstico gratuito de su sitio esta semana.

¿Tiene 15 minutos el jueves o viernes para una llamada?

Saludos,
Diego Herrera
Director Comercial | CreceTuWeb
+52 55 5555 0123

P.D. Si no le interesa, responda "no" y no le vuelvo a escribir. No compartimos sus datos con nadie.
"""
    html = '<div dir="ltr">' + "".join("<div>%s</div>" % (esc(l) if l else "<br>")
                                       for l in plain.rstrip("\n").split("\n")) + \
           '<img width="1" height="1" src="https://trk.crecetuweb.mx/o/%s.gif" alt=""></div>\n' % r.hexs(24)
    bnd = "000000000000" + r.hexs(16)
    body = mk.multipart(bnd, [mk.text_part(plain, "plain", "utf-8", "quoted-printable", "UTF-8"),
                              mk.text_part(html, "html", "utf-8", "quoted-printable", "UTF-8")])
    ts = int(dt.timestamp())
    hs = top + [
        ("Received", "by %s with SMTP id d9443c01a7336-2a9%s; %s" % (
            host, r.digits(7), mk.rfc_date(dt, zone="PT", twodigit=True, comment="PST"))),
        ("DKIM-Signature", mk.dkim_sig(r, "crecetuweb.mx", "google", "to:subject:message-id:date:from:mime-version",
                                       t=ts, extra="x=%d; darn=alliant-energy.com;" % (ts + 604800),
                                       indent="        ")),
        ("MIME-Version", "1.0"),
        ("From", "Diego Herrera <%s>" % frm),
        ("Date", mk.rfc_date(dt)),
        ("Message-ID", "<CA%s@mail.gmail.com>" % r.alnum(50)),
        ("Subject", "Propuesta para alliantenergy.com"),
        ("To", CC),
        ("Content-Type", 'multipart/alternative; boundary="%s"' % bnd),
    ]
    return mk.message(hs, body), dt


# ============================================================================ a14 read receipt (Outlook, Spanish)
def a14(seed):
    r = mk.R(seed)
    dt = _dt("2026-08-14 09:10:55")
    frm = "bolmos@olmosinsurance.com"
    ack = ours.ack("CC-2026-08-06102", "2026-08-13 16:40:22", "91d2b7c3")
    host = "p3plzcpnl50%d.prod.phx3.secureserver.net" % r.randint(1000, 9999)
    top = mk.ours_top(r, "customercare", frm, host, host, "184.168.%d.%d" % (r.randint(1, 250), r.randint(2, 250)),
                      dt, mk.auth_pass(r, "olmosinsurance.com"), tls="1.2")
    sent = mk.to_zone(mk.mkdt(ack["date"]), "CT")
    read = mk.to_zone(dt, "CT")
    text = """Su mensaje

  Para: Beatriz Olmos
  Asunto: %s
  Enviado: %s, %d de %s de %d %d:%02d

fue leído el %s, %d de %s de %d %d:%02d.
""" % (ack["subject"], mk.ES_DAYS[sent.weekday()], sent.day, mk.ES_MONS[sent.month - 1], sent.year, sent.hour,
       sent.minute, mk.ES_DAYS[read.weekday()], read.day, mk.ES_MONS[read.month - 1], read.year, read.hour,
       read.minute)
    mdn = """Reporting-UA: OFICINA02; Microsoft Outlook 16.0
Final-Recipient: rfc822;%s
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed
""" % (frm, ack["msgid"])
    bnd = "----=_NextPart_000_00%02X_01DC%s.%s" % (r.randint(0, 60), r.HEX(4), r.HEX(8))
    body = mk.multipart(bnd, [mk.text_part(text, "plain", "iso-8859-1", "quoted-printable", "iso-8859-1"),
                              mk.part("message/disposition-notification", mk.crlf(mdn).encode())],
                        preamble="This is a multipart message in MIME format.\n")
    hs = top + [
        ("DKIM-Signature", mk.dkim_sig(r, "olmosinsurance.com", "default", "Content-Type:MIME-Version:Message-ID:Date:"
                                       "Subject:To:From", indent="\t")),
        ("Received", "from [%d.%d.%d.%d] (port=%d helo=OFICINA02)\n\tby %s with esmtpsa (TLS1.2) (Exim 4.98.1)\n\t"
         "(envelope-from <%s>)\n\tid 1w%s-%s-%s\n\tfor %s; %s" % (
             r.randint(60, 90), r.randint(1, 250), r.randint(1, 250), r.randint(1, 250), r.randint(50000, 65000),
             host, frm, r.alnum(4), r.alnum(7), r.alnum(2), CC, mk.rfc_date(dt, zone="MT"))),
        ("From", "Beatriz Olmos <%s>" % frm),
        ("To", "Alliant Energy Customer Care <%s>" % CC),
        ("Subject", mk.hdr_text("Leído: " + ack["subject"], "iso-8859-1", "Q", "iso-8859-1")),
        ("Date", mk.rfc_date(dt)),
        ("Message-ID", "<000%d01dc%s$%s$%s$@olmosinsurance.com>" % (r.randint(0, 9), r.hexs(6), r.hexs(8),
                                                                    r.hexs(8))),
        ("MIME-Version", "1.0"),
        ("Content-Type", 'multipart/report;\n\treport-type=disposition-notification;\n\tboundary="%s"' % bnd),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AQHc" + r.alnum(24)),
        ("Content-Language", "es-mx"),
    ]
    return mk.message(hs, body), dt


# ============================================================================ a15 challenge-response
def a15(seed):
    r = mk.R(seed)
    o = ours.OURS["catalog_summer"]
    dt = _dt("2026-06-16 07:20:16")
    frm = "verificacion@ferreteriaelgallo.mx"
    host = "mx.ferreteriaelgallo.mx"
    top = mk.ours_top(r, "powerhousecatalog", "", host, host, "187.189.%d.%d" % (r.randint(1, 250),
                                                                               r.randint(2, 250)),
                      dt, ["dkim=none (message not signed)", "spf=pass smtp.helo=%s" % host,
                           "dmarc=none header.from=ferreteriaelgallo.mx"], tls="1.2")
    tok = r.alnum(24)
    text = """Hola,

Su mensaje para jlopez@ferreteriaelgallo.mx con el asunto
"%s"
está retenido por nuestro sistema antispam.

Para que su mensaje sea entregado, confirme que usted es una persona
haciendo clic en el siguiente enlace (solo tiene que hacerlo una vez):

https://verifica.ferreteriaelgallo.mx/c/%s

Si no confirma en 72 horas, el mensaje se eliminará automáticamente.

--
Sistema de verificación de remitentes - Ferretería El Gallo
""" % (o["subject"], tok)
    body = mk.encode_body(text, "utf-8", "quoted-printable")
    hs = top + [
        ("Received", "from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
         % (host, r.HEX(10), PH, mk.postfix_date(dt, "MX"))),
        ("Date", mk.rfc_date(dt, zone="MX")),
        ("From", "%s <%s>" % (mk.ew("Verificación de remitente", "utf-8", "Q"), frm)),
        ("To", PH),
        ("Subject", mk.hdr_text("Verificación requerida: " + o["subject"], "utf-8", "Q")),
        ("Message-ID", "<cr.%s@ferreteriaelgallo.mx>" % tok),
        ("In-Reply-To", o["msgid"]),
        ("Auto-Submitted", "auto-replied"),
        ("Precedence", "junk"),
        ("X-Challenge", "%s" % tok),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=UTF-8"),
        ("Content-Transfer-Encoding", "quoted-printable"),
    ]
    return mk.message(hs, body), dt


# ============================================================================ a16 helpdesk auto-acknowledgement
def a16(seed):
    r = mk.R(seed)
    o = ours.OURS["promo_ev"]
    dt = _dt("2026-05-12 08:47:02")
    frm = "soporte@muebleriaramirez.com"
    host = "srv%d.hstgr.io" % r.randint(100, 999)
    top = mk.ours_top(r, "customercare", frm, host, host, "145.14.%d.%d" % (r.randint(1, 250), r.randint(2, 250)),
                      dt, mk.auth_pass(r, "muebleriaramirez.com"), tls="1.2")
    tid = r.randint(40000, 49999)
    text = """Estimado(a) cliente:

Hemos recibido su mensaje y se ha creado el ticket #%d.

Asunto: %s

Un miembro de nuestro equipo de servicio al cliente le responderá en un plazo de 24 a 48 horas hábiles. Para dar seguimiento, responda a este correo sin cambiar el asunto.

Horario de atención: lunes a sábado de 10:00 a 19:00.

Mueblería Ramírez - Servicio al Cliente
Este es un mensaje automático.
""" % (tid, o["subject"])
    html = "<html><body>" + "".join("<p>%s</p>" % esc(l) for l in text.rstrip("\n").split("\n") if l) + \
           "</body></html>\n"
    bnd = "=_%s" % r.hexs(32)
    body = mk.multipart(bnd, [mk.text_part(text, "plain", "utf-8", "quoted-printable", "utf-8", quote_cs=False),
                              mk.text_part(html, "html", "utf-8", "quoted-printable", "utf-8", quote_cs=False)])
    hs = top + [
        ("DKIM-Signature", mk.dkim_sig(r, "muebleriaramirez.com", "hostingermail1", "From:To:Subject:Date:Message-ID:"
                                       "In-Reply-To:Auto-Submitted", indent="\t")),
        ("Received", "from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s"
         % (host, r.HEX(10), CC, mk.postfix_date(dt, "UTC"))),
        ("Date", mk.rfc_date(dt, zone="MT")),
        ("From", "%s <%s>" % (mk.ew("Mueblería Ramírez - Soporte", "utf-8", "Q"), frm)),
        ("To", "Alliant Energy <%s>" % CC),
        ("Subject", mk.hdr_text("[#%d] Hemos recibido su mensaje: %s" % (tid, o["subject"]), "utf-8", "Q")),
        ("Message-ID", "<osTicket.%s.%d@muebleriaramirez.com>" % (r.hexs(12), tid)),
        ("In-Reply-To", o["msgid"]),
        ("References", o["msgid"]),
        ("Auto-Submitted", "auto-replied"),
        ("X-Autoreply", "yes"),
        ("Precedence", "auto_reply"),
        ("X-Mailer", "osTicket Mailer"),
        ("MIME-Version", "1.0"),
        ("Content-Type", 'multipart/alternative;\n boundary="%s"' % bnd),
    ]
    return mk.message(hs, body), dt


# ============================================================================ a17 vendor suppression report
def a17(seed):
    r = mk.R(seed)
    dt = _dt("2026-11-02 06:00:04", "MX")
    frm = "reportes@impresosdelvalle.com.mx"
    host = "smtp.impresosdelvalle.com.mx"
    top = mk.ours_top(r, "powerhousecatalog", "bounces@impresosdelvalle.com.mx", host, host,
                      "201.131.%d.%d" % (r.randint(1, 250), r.randint(2, 250)), dt,
                      mk.auth_pass(r, "impresosdelvalle.com.mx"), tls="1.2")
    text = """REPORTE DE PROCESO - ARCHIVO DE SUPRESIÓN
Cliente: PowerHouse Catalog (Alliant Energy)
Lote: PH-2611 / Intercambio de listas con otras casas de catálogo

Archivo recibido: PH_no_compartir_2611.csv
Registros en archivo ............ 1,284
Registros excluidos del intercambio (no compartir) ... 1,279
Registros con errores ........... 5 (ver adjunto)

Los registros excluidos NO se incluirán en la lista que se entrega a las
empresas de intercambio para el periodo de diciembre 2026.

Este es un mensaje automático del sistema de reportes de Impresos del Valle,
S.A. de C.V. Por favor no responda a este correo. Para dudas comuníquese
con su ejecutivo de cuenta.
"""
    csv = """id_registro,motivo_error
PH-2611-000183,codigo postal incompleto
PH-2611-000417,registro duplicado
PH-2611-000802,campo nombre vacio
PH-2611-001066,codigo postal incompleto
PH-2611-001251,registro duplicado
"""
    bnd = "----=_Part_%d_%d.%d" % (r.randint(1000, 99999), r.randint(100000, 999999), int(dt.timestamp() * 1000))
    att = mk.headers_bytes([("Content-Type", 'text/csv; charset=us-ascii; name="errores_PH-2611.csv"'),
                            ("Content-Transfer-Encoding", "base64"),
                            ("Content-Disposition", 'attachment; filename="errores_PH-2611.csv"')]) + b"\r\n" + \
        mk.b64_lines(mk.crlf(csv).encode())
    body = mk.multipart(bnd, [mk.text_part(text, "plain", "utf-8", "quoted-printable", "UTF-8", quote_cs=False), att])
    hs = top + [
        ("DKIM-Signature", mk.dkim_sig(r, "impresosdelvalle.com.mx", "sel1", "Date:From:To:Subject:Message-ID",
                                       indent="\t")),
        ("Received", "from reportes01.impresosdelvalle.local (unknown [192.168.10.24])\n\tby %s (Postfix) with ESMTP "
         "id %s\n\tfor <%s>; %s" % (host, r.HEX(10), PH, mk.postfix_date(dt, "MX"))),
        ("Date", mk.rfc_date(dt, comment="CST")),
        ("From", "Sistema de Reportes - Impresos del Valle <%s>" % frm),
        ("To", PH),
        ("Cc", "ejecutivos@impresosdelvalle.com.mx"),
        ("Message-ID", "<%d.%d.%d@reportes01.impresosdelvalle.local>" % (r.randint(1000000, 9999999),
                                                                       r.randint(10, 99), int(dt.timestamp() * 1000))),
        ("Subject", mk.hdr_text("Reporte de supresión procesado - Lote PH-2611 (intercambio de listas)", "utf-8", "Q")),
        ("MIME-Version", "1.0"),
        ("Content-Type", 'multipart/mixed; boundary="%s"' % bnd),
        ("X-Mailer", "JavaMail/Reportes IDV 3.2"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return mk.message(hs, body), dt


# ============================================================================ a18 "buzón ya no se monitorea", headerless
def a18(seed):
    r = mk.R(seed)
    dt = _dt("2026-10-06 07:31:05")
    frm = "recepcion@clinicalatinamadison.org"
    top = mk.ours_top(r, "customercare", frm, "NAM02-DM3-obe.outbound.protection.outlook.com",
                      "mail-dm3nam02on2107.outbound.protection.outlook.com", "40.107.95.107", dt,
                      mk.auth_pass(r, "clinicalatinamadison.org", arc=True), tls="1.2")
    srv = "CH3PR10MB%d" % r.randint(4000, 9999)
    text = """Esta dirección de correo ya no se revisa. Por favor escriba a citas@clinicalatinamadison.org o llame al 608-555-0167.

This mailbox is no longer monitored. Please write to citas@clinicalatinamadison.org or call 608-555-0167.

Clínica Latina de Madison
"""
    body = mk.encode_body(text, "iso-8859-1", "quoted-printable")
    hs = top + [
        ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=clinicalatinamadison.org;\n s=selector1;\n"
         " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\n bh=%s;\n b=%s"
         % (r.b64(32), r.sig_b64(256, " ", 74))),
        ("Received", "from %s.namprd10.prod.outlook.com (2603:10b6:610:%s::%d)\n by %s.namprd10.prod.outlook.com "
         "with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id "
         "15.20.8632.30; %s" % (srv, r.hexs(3), r.randint(2, 30), srv, mk.rfc_date(dt.astimezone(timezone.utc)))),
        ("From", "=?iso-8859-1?Q?Recepci=F3n_Cl=EDnica_Latina?= <%s>" % frm),
        ("To", CC),
        ("Subject", "Re: " + ours.OURS["newsletter_oct"]["subject"]),
        ("Date", mk.rfc_date(dt.astimezone(timezone.utc))),
        ("Message-ID", "<%s%s@%s.namprd10.prod.outlook.com>" % (srv, r.HEX(24), srv)),
        ("Content-Language", "es-US"),
        ("Content-Type", 'text/plain; charset="iso-8859-1"'),
        ("Content-Transfer-Encoding", "quoted-printable"),
        ("MIME-Version", "1.0"),
    ]
    return mk.message(hs, body), dt


# ============================================================================ q07 our Spanish contact-form relay (human question)
def q07(seed):
    r = mk.R(seed)
    dt = _dt("2026-01-26 21:14:37")
    host = "web03.alliantenergy.com"
    top = mk.ours_top(r, "customercare", "noreply@alliantenergy.com", host, host, "10.40.2.13", dt,
                      mk.auth_pass(r, "alliantenergy.com"), tls="1.2")
    text = """Nuevo mensaje del formulario de contacto (alliantenergy.com/es/contacto)

Nombre: Reina Martínez
Correo electrónico: reina.mtz@yahoo.com
Teléfono: 319-555-0176
Número de cuenta: 5530 2218 09
Código postal: 52402
Tema: Facturación / pagos
Idioma preferido: Español

Mensaje:
Buenas tardes, perdí mi trabajo en diciembre y no voy a poder pagar completo este mes. ¿Tienen algún plan de pagos o alguna ayuda para la calefacción? Tengo tres niños y no quiero que me corten el gas. Gracias.

--
Enviado desde el formulario web. Para responder al cliente use "Responder" (Reply-To).
"""
    body = mk.encode_body(text, "utf-8", "quoted-printable")
    hs = top + [
        ("DKIM-Signature", mk.dkim_sig(r, "alliantenergy.com", "web2025", "From:Reply-To:To:Subject:Date:Message-ID",
                                       indent="\t")),
        ("Received", "from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
         % (host, r.HEX(10), CC, mk.postfix_date(dt))),
        ("Date", mk.rfc_date(dt)),
        ("From", "Alliant Energy Web <noreply@alliantenergy.com>"),
        ("Reply-To", "%s <reina.mtz@yahoo.com>" % mk.ew("Reina Martínez", "utf-8", "Q", "UTF-8")),
        ("To", CC),
        ("Subject", mk.hdr_text("Formulario de contacto: Facturación / pagos", "utf-8", "Q", "UTF-8")),
        ("Message-ID", "<webform.contacto-es.%s@web03.alliantenergy.com>" % r.hexs(20)),
        ("X-Form-Id", "contacto-es"),
        ("X-Originating-IP", "[73.%d.%d.%d]" % (r.randint(1, 250), r.randint(1, 250), r.randint(1, 250))),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=UTF-8"),
        ("Content-Transfer-Encoding", "quoted-printable"),
    ]
    return mk.message(hs, body), dt


SPECS = [
    dict(id="a01", build=a01, mailbox="customercare", cat="auto:ooo-exchange", lang="es", client="exchange-online",
         note="Outlook/Exchange 'Respuesta automática' to our thermostat promo; Auto-Submitted auto-generated"),
    dict(id="a02", build=a02, mailbox="powerhousecatalog", cat="auto:ooo-gmail-vacation", lang="es",
         client="gmail-vacation",
         note="Gmail vacation responder 'Fuera de la oficina' to the catalog e-mail; Auto-Submitted auto-replied"),
    dict(id="a03", build=a03, mailbox="customercare", cat="auto:ooo-headerless", lang="es", client="cpanel-exim",
         note="headerless out-of-office (closed for vacation) with 'Re:' subject and no Auto-Submitted: still automated"),
    dict(id="a04", build=a04, mailbox="powerhousecatalog", cat="auto:ooo-yahoo", lang="es", client="yahoo-vacation",
         note="Yahoo 'Respuesta automática' from yahoo.com.mx to holiday catalog e-mail"),
    dict(id="a05", build=a05, mailbox="customercare", cat="auto:bounce-telmex", lang="es", client="postfix-prodigy",
         note="Spanish DSN from Prodigy/Telmex (cuenta no existe); text/rfc822-headers of our newsletter inside; "
              "'eliminar de sus listas' is the MTA's advice, not a request"),
    dict(id="a06", build=a06, mailbox="powerhousecatalog", cat="auto:bounce-exim-colombia", lang="es",
         client="exim-une",
         note="Spanish Exim bounce from une.net.co (buzón lleno), 8bit utf-8, our catalog headers inline"),
    dict(id="a07", build=a07, mailbox="customercare", cat="auto:bounce-exchange-ndr", lang="es",
         client="exchange-online-ndr",
         note="Exchange NDR in Spanish ('No se puede entregar') from a Guatemalan company"),
    dict(id="a08", build=a08, mailbox="powerhousecatalog", cat="auto:delay-dsn-salvador", lang="es",
         client="postfix-navegante",
         note="Spanish delayed-delivery DSN (Action: delayed) from El Salvador provider"),
    dict(id="a09", build=a09, mailbox="customercare", cat="auto:phishing-es", lang="es", client="phpmailer",
         note="Spanish phishing posing as Alliant (lookalike domain, spf softfail); its 'darse de baja' link is bait, "
              "not a request"),
    dict(id="a10", build=a10, mailbox="customercare", cat="auto:list-post-church", lang="es+en",
         client="mailman3",
         note="parish announcement via Mailman 3 (personalized To, List-Id, Precedence: list); human words but a "
              "list post"),
    dict(id="a11", build=a11, mailbox="customercare", cat="auto:newsletter-es", lang="es", client="mailchimp",
         note="Spanish-language chamber of commerce newsletter (Mailchimp, bulk, List-Unsubscribe); 'darse de baja' "
              "is their footer"),
    dict(id="a12", build=a12, mailbox="customercare", cat="auto:calendar-invite", lang="es",
         client="google-calendar",
         note="Google Calendar invitation in Spanish (text/calendar METHOD:REQUEST + invite.ics)"),
    dict(id="a13", build=a13, mailbox="customercare", cat="auto:cold-seo", lang="es", client="gmail-workspace",
         note="cold SEO sales outreach in Spanish; 'no compartimos sus datos' and 'responda no' are sales copy"),
    dict(id="a14", build=a14, mailbox="customercare", cat="auto:read-receipt", lang="es", client="outlook-mdn",
         note="Outlook read receipt 'Leído:' for our acknowledgement (message/disposition-notification)"),
    dict(id="a15", build=a15, mailbox="powerhousecatalog", cat="auto:challenge-response", lang="es",
         client="cr-antispam",
         note="challenge-response sender verification in Spanish for our catalog e-mail"),
    dict(id="a16", build=a16, mailbox="customercare", cat="auto:helpdesk-autoack", lang="es", client="osticket",
         note="a business customer's helpdesk auto-acknowledgement (ticket #) to our EV promo; Auto-Submitted"),
    dict(id="a17", build=a17, mailbox="powerhousecatalog", cat="auto:vendor-suppression-report", lang="es",
         client="javamail-vendor",
         note="print vendor's system report about processing the 'no compartir' suppression file; full of "
              "supresión/no compartir words but vendor system mail"),
    dict(id="a18", build=a18, mailbox="customercare", cat="auto:mailbox-unmonitored", lang="es+en",
         client="exchange-online",
         note="'Esta dirección ya no se revisa' auto-reply without Auto-Submitted (headerless) to our newsletter"),
    dict(id="q07", build=q07, mailbox="customercare", automated=False, labels=["question"],
         entities={"name": "Reina Martínez", "postal_code": "52402", "account": "5530 2218 09"},
         ack_to="reina.mtz@yahoo.com", cat="q:webform-relay", lang="es", client="webform-relay",
         note="our Spanish Contact Us form relay: From noreply@alliantenergy.com, customer in Reply-To; payment-plan "
              "/ heating assistance question"),
]
