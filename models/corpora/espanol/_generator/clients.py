"""Mail programs and sending providers used by the human-written messages.

A message = ours_top (receiving side) + transport headers (provider) + client headers + MIME body.
"""
import textwrap
from datetime import timedelta, timezone

import mailkit as mk
from mailkit import esc
import ours

# --------------------------------------------------------------------------- quoting styles


def _orig_dt(orig, zone):
    return mk.to_zone(mk.mkdt(orig["date"], "CT"), zone)


def _q_lines(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def _orig_html(text):
    out = []
    for l in text.split("\n"):
        out.append("<div>%s</div>" % (esc(l) if l else "<br>"))
    return "".join(out)


def attribution(style, orig, zone, to_addr):
    d = _orig_dt(orig, zone)
    name, a = orig["from_name"], orig["from_addr"]
    if style == "gmail":
        return "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (
            mk.ES_DAYS_AB[d.weekday()], d.day, mk.ES_MONS_AB[d.month - 1], d.year, d.hour, d.minute, name, a)
    if style == "gmail_dots":
        return "El %s., %d %s. %d a las %d:%02d, %s (<%s>) escribió:" % (
            mk.ES_DAYS_AB[d.weekday()], d.day, mk.ES_MONS_AB[d.month - 1], d.year, d.hour, d.minute, name, a)
    if style == "apple":
        return "El %d %s %d, a la(s) %s, %s <%s> escribió:" % (
            d.day, mk.ES_MONS_AB[d.month - 1], d.year, mk.ampm_es(d), name, a)
    if style == "apple_mac":
        return "El %d %s %d, a las %d:%02d, %s <%s> escribió:" % (
            d.day, mk.ES_MONS_AB[d.month - 1], d.year, d.hour, d.minute, name, a)
    if style == "yahoo":
        h = d.hour % 12 or 12
        ap = "a. m." if d.hour < 12 else "p. m."
        return "El %s, %d de %s de %d, %02d:%02d:%02d %s %s, %s <%s> escribió:" % (
            mk.ES_DAYS[d.weekday()], d.day, mk.ES_MONS[d.month - 1], d.year, h, d.minute, d.second, ap,
            mk.zone_of(d, "CT")[1], name, a)
    if style == "ox":
        return "El %d de %s de %d a las %d:%02d %s <%s> escribió:" % (
            d.day, mk.ES_MONS[d.month - 1], d.year, d.hour, d.minute, name, a)
    raise ValueError(style)


def outlook_block(orig, zone, to_disp, desktop=False):
    d = _orig_dt(orig, zone)
    when = "%s, %d de %s de %d %s:%02d" % (mk.ES_DAYS[d.weekday()], d.day, mk.ES_MONS[d.month - 1], d.year,
                                           ("%02d" % d.hour) if desktop else str(d.hour), d.minute)
    rows = [("De", "%s <%s>" % (orig["from_name"], orig["from_addr"])),
            ("Enviado el" if desktop else "Enviado", when),
            ("Para", to_disp),
            ("Asunto", orig["subject"])]
    return rows


def samsung_rows(orig, zone, to_addr):
    d = _orig_dt(orig, zone)
    off = mk._off(d)
    gmt = "GMT%s:%s" % (off[:3], off[3:])
    return [("De", "%s <%s> " % (orig["from_name"], orig["from_addr"])),
            ("Fecha", "%d/%d/%02d %s (%s) " % (d.day, d.month, d.year % 100, mk.ampm_es(d), gmt)),
            ("Para", to_addr + " "),
            ("Asunto", orig["subject"] + " ")]


# --------------------------------------------------------------------------- plain/html composition

def compose(ctx):
    """Return (plain, html) for a human message."""
    c = ctx
    style = c.client_style
    body = c.body
    sig = c.sig
    orig = c.orig
    zone = c.zone
    plain_new = body
    if sig and style not in ("samsung",):
        plain_new = body + ("\n\n" if body else "") + sig
    html_new = None
    plain = plain_new
    html = None

    if style in ("gmail", "gmail_dots"):
        def g_divs(t):
            ls = t.split("\n")
            return "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in ls)
        html_new = '<div dir="ltr">%s</div>' % g_divs(plain_new)
        if orig and c.mode == "reply":
            att = attribution(style, orig, zone, c.from_addr)
            att_plain = "\n".join(textwrap.wrap(att, 78, break_long_words=False, break_on_hyphens=False))
            plain = plain_new + "\n\n" + att_plain + "\n\n" + _q_lines(orig["text"]) + "\n"
            html = (html_new + '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                    + esc(att).replace("&lt;%s&gt;" % orig["from_addr"],
                                       '&lt;<a href="mailto:%s">%s</a>&gt;' % (orig["from_addr"], orig["from_addr"]))
                    + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid'
                      ' rgb(204,204,204);padding-left:1ex">' + _orig_html(orig["text"]) + "</blockquote></div>\n")
        elif orig and c.mode == "forward":
            d = _orig_dt(orig, zone)
            fdate = "%s, %d %s %d a las %d:%02d" % (mk.ES_DAYS_AB[d.weekday()], d.day, mk.ES_MONS_AB[d.month - 1],
                                                    d.year, d.hour, d.minute)
            rows = [("De", "%s <%s>" % (orig["from_name"], orig["from_addr"])), ("Date", fdate),
                    ("Subject", orig["subject"]), ("To", "<%s>" % c.from_addr)]
            plain = (plain_new + "\n\n---------- Forwarded message ---------\n"
                     + "\n".join("%s: %s" % r for r in rows) + "\n\n\n" + orig["text"] + "\n")
            html = (html_new + '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                    '---------- Forwarded message ---------<br>'
                    + "<br>".join("%s: <strong class=\"gmail_sendername\" dir=\"auto\">%s</strong>" % (k, esc(v))
                                  if k == "De" else "%s: %s" % (k, esc(v)) for k, v in rows)
                    + "<br></div><br><br>" + _orig_html(orig["text"]) + "</div>\n")
        else:
            plain = plain_new + "\n"
            html = html_new + "\n"
        return plain, html

    if style in ("outlook_web", "outlook_desktop"):
        desktop = style == "outlook_desktop"
        if desktop:
            html_new = "".join("<p class=MsoNormal>%s<o:p></o:p></p>\n" % (esc(l) if l else "<o:p>&nbsp;</o:p>")
                               for l in plain_new.split("\n"))
        else:
            html_new = "".join(
                '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService,'
                ' Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">%s</div>\n'
                % (esc(l) if l else "<br>") for l in plain_new.split("\n"))
        if orig:
            rows = outlook_block(orig, zone, c.outlook_to_disp, desktop)
            if c.mode == "forward":
                pass
            if desktop:
                plain = plain_new + "\n\n" + "\n".join("%s: %s" % r for r in rows) + "\n\n" + orig["text"] + "\n"
                head = "<br>\n".join("<b>%s:</b> %s" % (k, esc(v)) for k, v in rows)
                html = (html_new + "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n<div><div style='border:none;border-top:"
                        "solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n<p class=MsoNormal>" + head
                        + "<o:p></o:p></p>\n</div></div>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
                        + "".join("<p class=MsoNormal>%s<o:p></o:p></p>\n" % (esc(l) if l else "<o:p>&nbsp;</o:p>")
                                  for l in orig["text"].split("\n")))
            else:
                plain = (plain_new + "\n\n________________________________\n"
                         + "\n".join("%s: %s" % r for r in rows) + "\n\n" + orig["text"] + "\n")
                head = "<br>\n".join("<b>%s:</b> %s" % (k, esc(v)) for k, v in rows)
                html = (html_new + '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" '
                        'tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" '
                        'style="font-size:11pt" color="#000000">' + head + '</font>\n<div>&nbsp;</div>\n</div>\n<div>'
                        + _orig_html(orig["text"]) + "</div>\n")
        else:
            plain = plain_new + "\n"
            html = html_new
        return plain, html

    if style in ("apple", "apple_mac"):
        html_new = "<br>".join(esc(l) for l in body.split("\n"))
        if sig:
            html_new += '<br><br><div dir="ltr">%s</div>' % esc(sig)
        if orig:
            att = attribution(style, orig, zone, c.from_addr)
            plain = plain_new + "\n\n> " + att + "\n> \n" + _q_lines(orig["text"]) + "\n"
            html = (html_new + '<div dir="ltr"><br><blockquote type="cite">' + esc(att)
                    + '<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">'
                    + _orig_html(orig["text"]) + "</div></blockquote>")
        else:
            plain = plain_new + "\n"
            html = html_new
        return plain, html

    if style == "yahoo":
        wrap_open = ('<div class="ydp%s yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, '
                     'sans-serif;font-size:16px;">' % c.r.hexs(8))
        html_new = wrap_open + "".join('<div dir="ltr" data-setdir="false">%s</div>' % (esc(l) if l else "<br>")
                                       for l in body.split("\n")) + "</div>"
        if sig:
            html_new += ('<div id="ymail_android_signature"><a id="ymail_android_signature_link" '
                         'href="https://mail.onelink.me/107872968?pid=nativeplacement">%s</a></div>' % esc(sig))
        if orig:
            att = attribution(style, orig, zone, c.from_addr)
            plain = plain_new + "\n\n\n    " + att + "  \n \n " + orig["text"].replace("\n", "\n ") + "\n"
            html = ("<html><head></head><body>" + html_new + '<div id="yahoo_quoted_%s" class="yahoo_quoted">'
                    '<div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;'
                    'color:#26282a;"><div>' % c.r.digits(10) + esc(att) + "</div><div><br></div><div><br></div>"
                    + _orig_html(orig["text"]) + "</div></div></body></html>")
        else:
            plain = plain_new + "\n"
            html = "<html><head></head><body>" + html_new + "</body></html>"
        return plain, html

    if style == "samsung":
        divs = "".join('<div dir="auto">%s</div>' % (esc(l) if l else "<br>") for l in body.split("\n"))
        sig_html = ('<div dir="auto"><br></div><div dir="auto"><br></div><div id="composer_signature" dir="auto">'
                    '<div style="font-size:12px;color:#575757" dir="auto">%s</div></div>' % esc(sig)) if sig else ""
        head = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>')
        plain = body + ("\n\n\n" + sig if sig else "")
        if orig:
            rows = samsung_rows(orig, zone, c.from_addr)
            plain += ("\n\n\n-------- Mensaje original --------\n" + "\n".join("%s: %s" % r for r in rows)
                      + "\n\n" + orig["text"] + "\n")
            html = (head + divs + sig_html + '<div dir="auto"><br></div><div><br></div><div align="left" dir="auto" '
                    'style="font-size:100%;color:#000000"><div>-------- Mensaje original --------</div>'
                    + "".join("<div>%s: %s</div>" % (k, esc(v)) for k, v in rows)
                    + "<div><br></div></div>" + _orig_html(orig["text"]) + "</body></html>")
        else:
            plain += "\n"
            html = head + divs + sig_html + "</body></html>"
        return plain, html

    if style == "ox":
        if orig:
            att = attribution("ox", orig, zone, c.from_addr)
            plain = plain_new + "\n\n> " + att + "\n>\n>\n" + _q_lines(orig["text"]) + "\n"
        else:
            plain = plain_new + "\n"
        html = ('<!doctype html>\n<html>\n <head> \n  <meta charset="%s"> \n </head>\n <body>\n' % c.charset.upper()
                + "".join("  <p>%s</p>\n" % (esc(l) if l else "<br>") for l in plain_new.split("\n"))
                + " </body>\n</html>")
        return plain, html

    raise ValueError(style)


# --------------------------------------------------------------------------- transports (sending providers)

GOOGLE_OUT = [("mail-yw1-f176.google.com", "209.85.128.176"), ("mail-ed1-f41.google.com", "209.85.208.41"),
              ("mail-pl1-f173.google.com", "209.85.214.173"), ("mail-qk1-f181.google.com", "209.85.222.181"),
              ("mail-oi1-f180.google.com", "209.85.167.180"), ("mail-io1-f48.google.com", "209.85.166.48"),
              ("mail-vs1-f45.google.com", "209.85.217.45"), ("mail-ua1-f42.google.com", "209.85.222.42")]


def transport(ctx):
    """Return (env_from, helo, rdns, ip, auth_lines, pre_headers, post_headers, tls)."""
    c, r = ctx, ctx.r
    dom = c.from_addr.split("@")[1]
    t = c.transport
    utc = c.dt.astimezone(timezone.utc)
    if t == "gmail":
        host, ip = r.choice(GOOGLE_OUT)
        pst = mk.rfc_date(c.dt - timedelta(seconds=1), zone="PT", twodigit=True,
                          comment=mk.zone_of(c.dt, "PT")[1])
        ts = int(utc.timestamp())
        pre = []
        if c.client not in ("gmail_web", "gmail_app"):
            pre.append(("Received", "from [192.168.%d.%d] ([%s])\n        by smtp.gmail.com with ESMTPSA id %s\n"
                        "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n"
                        "        %s" % (r.randint(0, 1), r.randint(2, 250), c.client_ip, r.alnum(28).lower(),
                                        c.mb, pst)))
        else:
            pre.append(("Received", "by %s with SMTP id %s-%s.%d\n        for <%s>; %s"
                        % (host, r.digits(13), r.hexs(10) + "so" + r.digits(7) + "a12", r.randint(0, 9), c.mb, pst)))
        h = "to:subject:message-id:date:from:in-reply-to:references\n         :mime-version:from:to:cc:subject:date:message-id:reply-to" \
            if c.in_reply_to else "to:subject:message-id:date:from:mime-version:from:to:cc\n         :subject:date:message-id:reply-to"
        pre.append(("DKIM-Signature", mk.dkim_sig(r, dom, "20230601" if dom == "gmail.com" else "google", h,
                                                  extra="x=%d; darn=alliant-energy.com;" % (ts + 604800),
                                                  t=ts, indent="        ")))
        pre.append(("X-Google-DKIM-Signature", mk.dkim_sig(r, "1e100.net", "20230601", h.replace(
            "mime-version", "mime-version:x-gm-message-state"), extra="x=%d;" % (ts + 604800), t=ts,
            indent="        ")))
        pre.append(("X-Gm-Message-State", "AOJu0Y" + r.alnum(50) + "\n\t" + r.alnum(30) + "=="))
        pre.append(("X-Gm-Gg", "ASbGnc" + r.alnum(70) + "\n\t" + r.alnum(60)))
        pre.append(("X-Google-Smtp-Source", "AGHT+IF" + r.alnum(60) + "=="))
        pre.append(("X-Received", "by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s"
                    % (r.hexs(4), r.hexs(4), r.hexs(3), r.hexs(4), r.hexs(4), r.alnum(40).lower(),
                       mk.rfc_date(c.dt, zone="PT", twodigit=True, comment=mk.zone_of(c.dt, "PT")[1]))))
        return (c.from_addr, host, host, ip, mk.auth_pass(r, dom), pre, [], "1.3")
    if t == "hotmail":
        n = r.randint(2001, 2199)
        region = r.choice([("NAM12", "DM6", "dm6nam12", "40.92.22"), ("NAM10", "MW2", "mw2nam10", "40.92.41"),
                           ("NAM11", "BN8", "bn8nam11", "40.92.20"), ("NAM04", "SN1", "sn1nam04", "40.92.44")])
        helo = "%s-%s-obe.outbound.protection.outlook.com" % (region[0], region[1])
        rdns = "mail-%solkn%d.outbound.protection.outlook.com" % (region[2], n)
        ip = "%s.%d" % (region[3], r.randint(10, 250))
        srv = "%sPR%02dMB%d" % (r.choice(["SA1", "MW4", "DM4", "CH3", "BY5", "PH7", "LV3"]), r.randint(10, 19),
                                r.randint(4000, 9999))
        c.ms_server = srv
        utc_s = mk.rfc_date(utc.astimezone(timezone.utc))
        pre = [
            ("ARC-Seal", "i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b="
             + r.sig_b64(256, " ", 74)),
            ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n"
             " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:"
             "X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh=" + r.b64(32)
             + ";\n b=" + r.sig_b64(256, " ", 74)),
            ("ARC-Authentication-Results", "i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none"),
            ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n s=selector1;\n h=From:Date:Subject:"
             "Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\n bh=%s;\n b=%s"
             % (dom, r.b64(32), r.sig_b64(256, " ", 74))),
            ("Received", "from %s.namprd%02d.prod.outlook.com (2603:10b6:%s:%s::%d)\n by %sPR%02dMB%d.namprd%02d.prod."
             "outlook.com (2603:10b6:%s:%s::%d) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH"
             "_AES_256_GCM_SHA384) id 15.20.%d.%d; %s"
             % (srv, int(srv[5:7]), r.hexs(3), r.hexs(3), r.randint(2, 30), r.choice(["DS7", "CY8", "IA1", "SJ0"]),
                r.randint(10, 19), r.randint(1000, 9999), int(srv[5:7]), r.hexs(3), r.hexs(2), r.randint(2, 30),
                r.randint(8400, 9300), r.randint(10, 40), utc_s)),
            ("Received", "from %s.namprd%02d.prod.outlook.com\n ([fe80::%s:%s:%s:%s]) by %s.namprd%02d.prod.outlook."
             "com\n ([fe80::%s:%s:%s:%s%%4]) with mapi id 15.20.%d.%03d; %s"
             % (srv, int(srv[5:7]), r.hexs(4), r.hexs(4), r.hexs(4), r.hexs(4), srv, int(srv[5:7]), r.hexs(4),
                r.hexs(4), r.hexs(4), r.hexs(4), r.randint(8400, 9300), r.randint(10, 40),
                mk.rfc_date((c.dt - timedelta(seconds=1)).astimezone(timezone.utc)))),
        ]
        post = [("X-OriginatorOrg", "sct-15-20-%d-%d-msonline-outlook-%s.templateTenant" % (
                    r.randint(7000, 8999), r.randint(10, 40), r.hexs(5))),
                ("X-MS-Exchange-CrossTenant-Network-Message-Id", r.uuid(False)),
                ("X-MS-Exchange-CrossTenant-AuthSource", "%s.namprd%02d.prod.outlook.com" % (srv, int(srv[5:7]))),
                ("X-MS-Exchange-CrossTenant-AuthAs", "Internal"),
                ("X-MS-Exchange-CrossTenant-OriginalArrivalTime", "%02d %s %d %02d:%02d:%02d.%04d\n (UTC)" % (
                    utc.day, mk.MONS[utc.month - 1], utc.year, utc.hour, utc.minute, utc.second, r.randint(0, 9999))),
                ("X-MS-Exchange-CrossTenant-FromEntityHeader", "Hosted"),
                ("X-MS-Exchange-CrossTenant-id", "84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa"),
                ("X-MS-Exchange-CrossTenant-rms-persistedconsumerorg", "00000000-0000-0000-0000-000000000000"),
                ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", "%sPR%02dMB%d" % (
                    r.choice(["DS7", "CY8", "IA1"]), r.randint(10, 19), r.randint(1000, 9999)))]
        auth = mk.auth_pass(r, dom, arc=True)
        return (c.from_addr, helo, rdns, ip, auth, pre, post, "1.2")
    if t == "yahoo":
        sonic = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (r.randint(300, 330), r.randint(10, 60),
                                                          r.choice(["bf2", "gq1", "ne1"]))
        ip = "98.137.%d.%d" % (r.randint(64, 69), r.randint(2, 250))
        ts = int(utc.timestamp())
        dkim_dom = dom
        pre = [("DKIM-Signature", mk.dkim_sig(r, dkim_dom, "s2048", "Date:From:To:In-Reply-To:References:Subject:"
                                               "From:Subject:Reply-To" if c.in_reply_to else
                                               "Date:From:To:Subject:From:Subject", t=ts, indent=" ")),
               ("X-SONIC-DKIM-SIGN", mk.dkim_sig(r, dkim_dom, "s2048", "X-Sonic-MF:Date:From:To:Subject:From:Subject",
                                                  t=ts, indent=" ")),
               ("X-YMail-OSG", r.alnum(60) + "\n " + "\n ".join(r.alnum(76) for _ in range(5)) + "\n " + r.alnum(22)),
               ("X-Sonic-MF", "<%s>" % c.from_addr),
               ("X-Sonic-ID", r.uuid(False)),
               ("Received", "from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s"
                % (sonic, mk.rfc_date(utc + timedelta(seconds=2))))]
        return (c.from_addr, sonic, sonic, ip, mk.auth_pass(r, dkim_dom, policy="reject"), pre, [], "1.3")
    if t == "icloud":
        host = "pv50p00im-%s%d.me.com" % (r.choice(["ztdg", "ztbu", "tydg", "hyfv"]), r.randint(10011000, 10011999))
        ip = "17.58.%d.%d" % (r.randint(6, 63), r.randint(2, 250))
        ts = int(utc.timestamp())
        pre = [("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n\ts=1a1hai; t=%d;\n\tbh=%s;\n\t"
                "h=Content-Type:From:Mime-Version:Subject:Date:Message-Id:To;\n\tb=%s"
                % (dom, ts, r.b64(32), r.sig_b64(256, "\t ", 70))),
               ("Received", "from smtpclient.apple (%s [%s])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s"
                % (host, ip, host, r.HEX(11), c.mb, postfix_utc(c.dt + timedelta(seconds=1))))]
        post = [("X-Proofpoint-GUID", r.alnum(32, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")),
                ("X-Proofpoint-ORIG-GUID", r.alnum(32, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")),
                ("X-Proofpoint-Virus-Version", "vendor=baseguard\n engine=ICAP:2.0.293,Aquarius:18.0.1121,Hydra:6.0.736,"
                 "FMLib:17.12.80.40\n definitions=2026-%02d-%02d_01,2026-%02d-%02d_01,2020-01-23_02 signatures=0"
                 % (c.dt.month, c.dt.day, c.dt.month, c.dt.day)),
                ("X-Proofpoint-Spam-Details", "rule=notspam policy=default score=0 mlxscore=0 malwarescore=0\n"
                 " phishscore=0 bulkscore=0 spamscore=0 suspectscore=0 clxscore=1015\n mlxlogscore=%d adultscore=0 "
                 "classifier=spam adjust=0 reason=mlx scancount=1\n engine=8.19.0-2308100000 definitions=main-2603%s"
                 % (r.randint(300, 999), r.digits(4)))]
        return (c.from_addr, host, host, ip, mk.auth_pass(r, dom, policy="quarantine"), pre, post, "1.3")
    if t == "hosting":
        # small business / personal domain on a shared host (Outlook desktop over SMTP)
        host = c.spec.get("smtp_host", "p3plzcpnl50%d.prod.phx3.secureserver.net" % r.randint(1000, 9999))
        ip = c.spec.get("smtp_ip", "184.168.%d.%d" % (r.randint(1, 250), r.randint(2, 250)))
        pre = [("DKIM-Signature", mk.dkim_sig(r, dom, "default", "Content-Type:MIME-Version:Message-ID:Date:Subject:"
                                                               "In-Reply-To:To:From:Sender:Reply-To", indent="\t")),
               ("Received", "from [%s] (port=%d helo=%s)\n\tby %s with esmtpsa  (TLS1.2) tls "
                "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\n\t(Exim 4.98.1)\n\t(envelope-from <%s>)\n\tid 1w%s-%s-%s\n\t"
                "for %s; %s" % (c.client_ip, r.randint(50000, 65000), c.spec.get("pc_name", "DESKTOPA1B2C"), host,
                                c.from_addr, r.alnum(4), r.alnum(7), r.alnum(2), c.mb,
                                mk.rfc_date(c.dt + timedelta(seconds=1), zone="MT")))]
        return (c.from_addr, host, host, ip, mk.auth_pass(r, dom, dmarc="pass", policy="none"), pre, [], "1.2")
    if t == "telmex":
        host = "correo%d.infinitummail.com" % r.randint(1, 4) if "infinitum" in dom else \
            "smtp%d.prodigy.net.mx" % r.randint(1, 4)
        ip = "201.154.%d.%d" % (r.randint(100, 140), r.randint(2, 250))
        pre = [("Received", "from correo.%s ([10.%d.%d.%d])\n\tby %s with ESMTPA id %s\n\tfor <%s>; %s"
                % (dom, r.randint(1, 200), r.randint(1, 200), r.randint(1, 200), host, r.HEX(10), c.mb,
                   mk.rfc_date(c.dt + timedelta(seconds=1), zone="MX")))]
        if c.spec.get("telmex_dkim", True):
            pre.insert(0, ("DKIM-Signature", mk.dkim_sig(r, dom, "tmx2023", "Date:From:To:Message-ID:Subject:"
                                                                         "MIME-Version:Content-Type", indent="\t")))
            auth = mk.auth_pass(r, dom, policy="none")
        else:
            auth = ["dkim=none (message not signed)", "spf=pass smtp.mailfrom=%s" % dom,
                    "dmarc=none (p=none dis=none) header.from=%s" % dom]
        return (c.from_addr, host, host, ip, auth, pre, [], "1.2")
    raise ValueError(t)


def postfix_utc(dt):
    u = dt.astimezone(timezone.utc)
    return mk.rfc_date(u, pad=True, comment="UTC")


# --------------------------------------------------------------------------- client header blocks

def client_headers(ctx, ctype, body_len):
    c, r = ctx, ctx.r
    cs = c.hdr_charset
    fr = mk.addr(c.from_name, c.from_addr, cs[0], cs[1], cs[2])
    subj = mk.hdr_text(c.subject, cs[0], cs[1], cs[2]) if c.subject is not None else None
    irt, refs = c.in_reply_to, c.references
    rt = c.reply_to_hdr
    if c.client in ("gmail_web", "gmail_app"):
        hs = [("MIME-Version", "1.0")]
        if refs:
            hs.append(("References", refs))
        if irt:
            hs.append(("In-Reply-To", irt))
        if rt:
            hs.append(("Reply-To", rt))
        hs += [("From", fr), ("Date", mk.rfc_date(c.dt)),
               ("X-Gm-Features", "AQt7F2" + r.alnum(60) + "\n\t" + r.alnum(20))]
        if c.msgid:
            hs.append(("Message-ID", c.msgid))
        hs += [("Subject", subj), ("To", c.to_hdr), ("Content-Type", ctype)]
        return hs
    if c.client in ("outlook_web", "outlook_mobile"):
        hs = [("From", fr), ("To", c.to_hdr)]
        if rt:
            hs.append(("Reply-To", rt))
        hs += [("Subject", subj), ("Thread-Topic", mk.hdr_text(c.thread_topic, cs[0], cs[1], cs[2])),
               ("Thread-Index", c.thread_index), ("Date", mk.rfc_date(c.dt.astimezone(timezone.utc))),
               ("Message-ID", c.msgid)]
        if refs:
            hs.append(("References", refs))
        if irt:
            hs.append(("In-Reply-To", irt))
        hs += [("Accept-Language", "%s, en-US" % c.lang_tag), ("Content-Language", c.lang_tag),
               ("X-MS-Has-Attach", "yes" if c.attach else ""), ("X-MS-TNEF-Correlator", ""),
               ("x-ms-exchange-messagesentrepresentingtype", "1"),
               ("x-tmn", "[%s]" % r.alnum(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")),
               ("x-ms-publictraffictype", "Email"),
               ("x-ms-traffictypediagnostic", "%s:EE_|%sPR%02dMB%d:EE_" % (c.ms_server, r.choice(["DS7", "CY8"]),
                                                                             r.randint(10, 19), r.randint(1000, 9999))),
               ("x-ms-office365-filtering-correlation-id", r.uuid(False)),
               ("x-microsoft-antispam", "BCL:0;ARA:14566002|8060799006|461199028|15080799006|19110799003|7092599003|"
                "15030799003|440099028|3412199025|102099032;"),
               ("x-microsoft-antispam-message-info", "\n " + "\n ".join(r.alnum(76) for _ in range(4)) + "=="),
               ("x-ms-exchange-antispam-messagedata-chunkcount", "1"),
               ("x-ms-exchange-antispam-messagedata-0", "\n " + "\n ".join(r.alnum(76) for _ in range(3)) + "="),
               ("Content-Type", ctype), ("MIME-Version", "1.0")]
        return hs
    if c.client == "outlook_desktop":
        hs = [("From", fr), ("To", c.to_hdr)]
        if rt:
            hs.append(("Reply-To", rt))
        if refs:
            hs.append(("References", refs))
        if irt:
            hs.append(("In-Reply-To", irt))
        hs += [("Subject", subj), ("Date", mk.rfc_date(c.dt)), ("Message-ID", c.msgid), ("MIME-Version", "1.0"),
               ("Content-Type", ctype), ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", c.thread_index),
               ("Content-Language", c.lang_tag.lower())]
        return hs
    if c.client in ("yahoo_web", "yahoo_app"):
        hs = [("Date", mk.rfc_date(c.dt.astimezone(timezone.utc), comment="UTC")), ("From", fr),
              ("To", c.to_hdr)]
        if rt:
            hs.append(("Reply-To", rt))
        if c.msgid:
            hs.append(("Message-ID", c.msgid))
        if irt:
            hs.append(("In-Reply-To", irt))
        if refs:
            hs.append(("References", refs))
        hs += [("Subject", subj), ("MIME-Version", "1.0"), ("Content-Type", ctype)]
        if c.client == "yahoo_app":
            hs.append(("X-Mailer", "YahooMailAndroidMobile YMobile/1.0 (com.yahoo.mobile.client.android.mail/"
                                   "7.%d.%d; Android/14; UP1A.231005.007; a15; samsung; SM-A155M; 6.45; 2340x1080;)"
                       % (r.randint(40, 60), r.randint(0, 9))))
        else:
            hs.append(("X-Mailer", "WebService/1.1.%d YMailNorrin" % r.randint(23000, 25500)))
        hs.append(("Content-Length", str(body_len)))
        return hs
    if c.client in ("iphone", "apple_mail"):
        hs = [("Content-Type", ctype)]
        if c.top_cte:
            hs.append(("Content-Transfer-Encoding", c.top_cte))
        hs.append(("From", fr))
        if c.client == "iphone":
            hs.append(("Mime-Version", "1.0 (1.0)"))
        else:
            hs.append(("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.600.51.1.1\\))"))
        hs += [("Subject", subj), ("Date", mk.rfc_date(c.dt)), ("Message-Id", c.msgid)]
        if refs:
            hs.append(("References", refs))
        if irt:
            hs.append(("In-Reply-To", irt))
        if rt:
            hs.append(("Reply-To", rt))
        hs.append(("To", c.to_hdr))
        hs.append(("X-Mailer", "iPhone Mail (%s)" % c.spec.get("ios", "22D72") if c.client == "iphone"
                   else "Apple Mail (2.3826.600.51.1.1)"))
        return hs
    if c.client == "samsung":
        hs = [("Date", mk.rfc_date(c.dt, twodigit=True)), ("Message-ID", c.msgid)]
        if irt:
            hs.append(("In-Reply-To", irt))
        if refs:
            hs.append(("References", refs))
        hs += [("X-Android-Message-ID", c.msgid), ("Subject", subj), ("From", fr), ("To", c.to_hdr)]
        if rt:
            hs.append(("Reply-To", rt))
        hs += [("MIME-Version", "1.0"), ("Importance", "normal"), ("X-Priority", "3 (Normal)"),
               ("Content-Type", ctype)]
        return hs
    if c.client == "ox":
        hs = [("Date", mk.rfc_date(c.dt, comment=mk.zone_of(c.dt, c.zone)[1])), ("From", fr), ("To", c.to_hdr)]
        if rt:
            hs.append(("Reply-To", rt))
        if c.msgid:
            hs.append(("Message-ID", c.msgid))
        if irt:
            hs.append(("In-Reply-To", irt))
        if refs:
            hs.append(("References", refs))
        hs += [("Subject", subj), ("MIME-Version", "1.0"), ("Content-Type", ctype)]
        if c.top_cte:
            hs.append(("Content-Transfer-Encoding", c.top_cte))
        hs += [("X-Priority", "3"), ("Importance", "Normal"), ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev%d"
                                                                        % r.randint(40, 62)),
               ("X-Originating-Client", "open-xchange-appsuite")]
        return hs
    raise ValueError(c.client)


def make_msgid(ctx):
    c, r = ctx, ctx.r
    dom = c.from_addr.split("@")[1]
    if c.client in ("gmail_web", "gmail_app"):
        return "<CA%s%s@mail.gmail.com>" % (r.choice(["J", "K", "L", "M", "N", "P"]),
                                           r.alnum(r.choice([48, 50, 52, 54]),
                                                   "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+=") )
    if c.client in ("outlook_web", "outlook_mobile"):
        return "<%s%s@%s.namprd%02d.prod.outlook.com>" % (c.ms_server, r.HEX(24), c.ms_server, int(c.ms_server[5:7]))
    if c.client == "outlook_desktop":
        return "<000%d01dc%s$%s$%s$@%s>" % (r.randint(0, 9), r.hexs(6), r.hexs(8), r.hexs(8), dom)
    if c.client in ("yahoo_web", "yahoo_app"):
        ms = int(c.dt.timestamp() * 1000) + r.randint(0, 999)
        return "<%d.%d.%d@mail.yahoo.com>" % (r.randint(100000000, 2099999999), r.randint(100000, 9999999), ms)
    if c.client in ("iphone", "apple_mail"):
        return "<%s@%s>" % (r.uuid(), dom)
    if c.client == "samsung":
        return "<%s.%d@email.android.com>" % (r.alnum(22, "abcdefghijklmnopqrstuvwxyz0123456789"),
                                              int(c.dt.timestamp() * 1000))
    if c.client == "ox":
        return "<%d.%d.%d@%s>" % (r.randint(100000000, 999999999), r.randint(10000, 99999),
                                  int(c.dt.timestamp() * 1000), "correo." + dom)
    raise ValueError(c.client)
