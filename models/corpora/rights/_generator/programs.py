"""How each mail program writes, quotes and encodes a person's message.

render(s) takes a resolved person spec (see build.py) and returns the raw message text (LF line ends).
"""
from mime import (Part, text_part, html_part, serialize, hdr_text, hdr_addr, fold, esc, flow, is_ascii,
                  DAYS, MONTHS, DAYS_LONG, MONTHS_LONG, DIAS, DIAS_LONG, MESES, MESES_LONG, enc_b64, enc_qp)

MX = "mx1.alliant-energy.com"


# --------------------------------------------------------------------------- quote headers

def _t(o):
    return o["when"].local


def qh_gmail(o, es=False):
    t = _t(o)
    name, addr = o["frm"]
    if es:
        return "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (
            DIAS[t.weekday()], t.day, MESES[t.month - 1], t.year, t.hour, t.minute, name, addr)
    return "On %s, %s %d, %d at %s %s <%s> wrote:" % (
        DAYS[t.weekday()], MONTHS[t.month - 1], t.day, t.year, o["when"].h12(), name, addr)


def qh_apple(o, es=False):
    t = _t(o)
    name, addr = o["frm"]
    if es:
        return "El %d %s %d, a las %d:%02d, %s <%s> escribió:" % (
            t.day, MESES[t.month - 1], t.year, t.hour, t.minute, name, addr)
    return "On %s %d, %d, at %s, %s <%s> wrote:" % (MONTHS[t.month - 1], t.day, t.year, o["when"].h12(), name, addr)


def qh_outlook(o, to_line, es=False, enviado="Enviado el"):
    t = _t(o)
    name, addr = o["frm"]
    if es:
        return ["De: %s <%s>" % (name, addr),
                "%s: %s, %d de %s de %d %d:%02d" % (enviado, DIAS_LONG[t.weekday()], t.day, MESES_LONG[t.month - 1],
                                                    t.year, t.hour, t.minute),
                "Para: %s" % to_line,
                "Asunto: %s" % o["subject"]]
    return ["From: %s <%s>" % (name, addr),
            "Sent: %s, %s %d, %d %s" % (DAYS_LONG[t.weekday()], MONTHS_LONG[t.month - 1], t.day, t.year,
                                       o["when"].h12()),
            "To: %s" % to_line,
            "Subject: %s" % o["subject"]]


def qh_yahoo(o, es=False):
    t = _t(o)
    name, addr = o["frm"]
    w = o["when"]
    if es:
        h = t.hour % 12 or 12
        ap = "a. m." if t.hour < 12 else "p. m."
        return "El %s, %d de %s de %d, %02d:%02d:%02d %s %s, %s <%s> escribió:" % (
            DIAS_LONG[t.weekday()], t.day, MESES_LONG[t.month - 1], t.year, h, t.minute, t.second, ap, w.zone,
            name, addr)
    return "On %s, %s %d, %d at %s %s, %s <%s> wrote:" % (
        DAYS_LONG[t.weekday()], MONTHS_LONG[t.month - 1], t.day, t.year, w.h12(sec=True), w.zone, name, addr)


def qh_tb(o):
    t = _t(o)
    return "On %d/%d/%02d %s, %s wrote:" % (t.month, t.day, t.year % 100, o["when"].h12(), o["frm"][0])


def quote_gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


# --------------------------------------------------------------------------- html helpers

def lines_html(text, wrap_tag="div", empty="<br>", attrs=""):
    out = []
    for line in text.split("\n"):
        out.append("<%s%s>%s</%s>" % (wrap_tag, attrs, esc(line) if line else empty, wrap_tag))
    return "\n".join(out)


def br_html(text):
    return "<br>\n".join(esc(l) for l in text.split("\n"))


# --------------------------------------------------------------------------- sender infrastructure

def infra(s):
    """(envelope helo, rdns, ip) of the host that handed the message to our MX."""
    r = s["rng"]
    dom = s["frm"][1].split("@")[1].lower()
    prog = s["program"]
    if dom == "gmail.com" or prog.startswith("gmail"):
        n = r.randint(41, 199)
        pf = r.choice(["pj1", "ej1", "yw1", "qt1", "oi1", "pl1", "wm1", "lj1"])
        h = "mail-%s-f%d.google.com" % (pf, n)
        return h, h, "209.85.%d.%d" % (r.choice([128, 160, 208, 210, 214, 216, 219, 222]), n)
    if dom in ("outlook.com", "hotmail.com", "live.com", "msn.com") or prog.startswith("outlook_com"):
        h = r.choice(["NAM12-BN8-obe", "NAM10-DM6-obe", "NAM11-CO1-obe", "NAM04-MW2-obe"]) + \
            ".outbound.protection.outlook.com"
        return h, "mail-%solkn20%d.outbound.protection.outlook.com" % (h.split(".")[0].split("-")[1].lower() + h.split("-")[0].lower(), r.randint(10, 99)), \
            "40.92.%d.%d" % (r.randint(1, 60), r.randint(2, 250))
    if dom in ("yahoo.com", "aol.com", "ymail.com", "yahoo.com.mx"):
        h = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (r.randint(301, 330), r.randint(2, 40), r.choice(["ne1", "bf2", "gq1"]))
        return h, h, "66.163.%d.%d" % (r.randint(184, 191), r.randint(2, 250))
    if dom in ("icloud.com", "me.com", "mac.com"):
        h = "st43p00im-ztfb%08d.me.com" % r.randint(10000000, 99999999)
        return h, h, "17.58.%d.%d" % (r.randint(6, 63), r.randint(2, 250))
    if dom in ("proton.me", "protonmail.com"):
        return "mail-4322.protonmail.ch", "mail-4322.protonmail.ch", "185.70.43.22"
    h = "%s.%s" % (r.choice(["smtp", "mail", "out", "mx-out"]), dom)
    return h, h, "%s.%d" % (r.choice(["198.51.100", "203.0.113", "192.0.2"]), r.randint(10, 250))


def inbound(mailbox_addr, envelope, helo, rdns, ip, when, rng, delay_s=3, auth=True, tls=True, dkim_dom=None,
            extra_before=None):
    qid = rng.alnum(13, "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz")
    w = when.plus(seconds=delay_s)
    lines = ["Return-Path: <%s>" % envelope,
             "Delivered-To: %s" % mailbox_addr,
             "Received: from %s (%s [%s])\n\tby %s (Postfix) with %s id %s\n\tfor <%s>; %s" % (
                 helo, rdns, ip, MX, "ESMTPS" if tls else "ESMTP", "4d" + qid, mailbox_addr, w.rfc(zone_comment=True))]
    if auth:
        edom = envelope.split("@")[-1] if envelope else helo
        a = "Authentication-Results: %s;\n\tspf=pass smtp.mailfrom=%s" % (MX, edom or "none")
        if dkim_dom:
            a += ";\n\tdkim=pass (2048-bit key) header.d=%s" % dkim_dom
        lines.append(a)
    if extra_before:
        lines.extend(extra_before)
    return lines


def dkim(rng, dom, sel, heads, t=None):
    b = rng.alnum(172, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
    bh = rng.alnum(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "="
    return ("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=%s; s=%s; t=%d;\n        h=%s;\n"
            "        bh=%s;\n        b=%s\n         %s\n         %s") % (
        dom, sel, t if t is not None else 1767225600 + rng.randint(0, 30000000), heads, bh, b[:70], b[70:140], b[140:])


# --------------------------------------------------------------------------- common pieces

def threading(s):
    o = s.get("quote")
    if not o:
        return []
    return ["In-Reply-To: %s" % o["mid"], "References: %s" % o["mid"]]


def to_line(s):
    name, addr = s["to"]
    return hdr_addr(name, addr) if name else addr


def subj(s, charset="UTF-8", mode="B"):
    return "Subject: " + hdr_text(s["subject"], charset, mode) if s["subject"] is not None else "Subject: "


def attach_parts(s, style="default"):
    parts = []
    for fn, ctype, data in s.get("attach", []):
        if style == "apple":
            p = Part(ctype, data, cte="base64",
                     disposition="attachment;\n\tfilename=%s" % fn)
            p.ctype = '%s;\n\tx-unix-mode=0644;\n\tname="%s"' % (ctype, fn)
        else:
            p = Part('%s; name="%s"' % (ctype, fn), data, cte="base64",
                     disposition='attachment; filename="%s"' % fn)
        p.raw_body = enc_b64(data)
        parts.append(p)
    return parts


def wrap_mixed(s, root, boundary, style="default"):
    atts = attach_parts(s, style)
    if not atts:
        return root
    return Part("multipart/mixed", boundary=boundary, children=[root] + atts)


def fits(text, cs):
    try:
        text.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


# --------------------------------------------------------------------------- programs

def gmail(s, es=False, android=False):
    r = s["rng"]
    o = s.get("quote")
    fw = s.get("forward")
    plain = s["text"]
    html = '<div dir="ltr">' + "".join(
        "<div>%s</div>" % (esc(l) if l else "<br>") for l in s["text"].split("\n")) + "</div>"
    if o:
        qh = qh_gmail(o, es)
        plain += "\n\n" + qh + "\n\n" + quote_gt(o["text"]) + "\n"
        html += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                 '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                 'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>') % (esc(qh), br_html(o["text"]))
    if fw:
        t = fw["when"].local
        block = ["---------- Forwarded message ---------",
                 "From: %s <%s>" % fw["frm"],
                 "Date: %s, %s %d, %d at %s" % (DAYS[t.weekday()], MONTHS[t.month - 1], t.day, t.year, fw["when"].h12()),
                 "Subject: %s" % fw["subject"],
                 "To: <%s>" % s["frm"][1]]
        plain += "\n\n" + "\n".join(block) + "\n\n\n" + fw["text"] + "\n"
        html += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s</div><br>'
                 '<br>%s</div>') % ("<br>".join(esc(b) for b in block), br_html(fw["text"]))
    html += "\n"
    b = "000000000000" + r.hexs(12)
    root = Part("multipart/alternative", boundary=b,
                children=[text_part(plain), html_part(html)])
    root = wrap_mixed(s, root, "000000000000" + r.hexs(12))
    mid = "<CA%s@mail.gmail.com>" % r.alnum(58, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-=")
    w = s["when"]
    goff = w.off - 2
    helo, rdns, ip = infra(s)
    gdom = s["frm"][1].split("@")[1]
    heads = inbound(s["mailbox_addr"], s["frm"][1], helo, rdns, ip, w, r, dkim_dom=gdom)
    heads += [dkim(r, gdom, "20230601" if gdom == "gmail.com" else "google", "to:subject:message-id:date:from:in-reply-to:references\n"
                   "         :mime-version:from:to:cc:subject:date:message-id:reply-to", t=w.epoch),
              "X-Gm-Message-State: AOJu0Y%s" % r.alnum(60),
              "X-Google-Smtp-Source: AGHT+IF%s" % r.alnum(56),
              "X-Received: by 2002:a05:%s:%s with SMTP id %s-%s;\n        %s" % (
                  r.hexs(4), r.hexs(4), r.hexs(10), r.alnum(6).lower(),
                  w.rfc(goff) + (" (PDT)" if goff == -7 else " (PST)"))]
    heads += ["MIME-Version: 1.0"] + (["References: %s" % o["mid"]] if o else []) + \
             (["In-Reply-To: %s" % o["mid"]] if o else []) + \
             ["From: %s" % hdr_addr(*s["frm"]),
              "Date: %s" % w.rfc(),
              "X-Gm-Features: AQt7F2%s" % r.alnum(40),
              "Message-ID: %s" % mid,
              subj(s),
              "To: %s" % to_line(s)]
    if s.get("cc"):
        heads.append("Cc: %s" % s["cc"])
    return serialize(heads, root)


def gmail_android(s, es=False):
    return gmail(s, es, android=True)


def outlook(s, es=False):
    """Outlook 2016/365 desktop for Windows, sending through the writer's ISP or firm."""
    r = s["rng"]
    o = s.get("quote")
    cs = "us-ascii" if is_ascii(s["text"] + (o["text"] if o else "")) else "utf-8"
    plain = s["text"]
    body_html = "\n".join(('<p class=MsoNormal>%s<o:p></o:p></p>' % esc(l)) if l else
                          "<p class=MsoNormal><o:p>&nbsp;</o:p></p>" for l in s["text"].split("\n"))
    if o:
        ql = qh_outlook(o, s["frm"][1] if not o.get("to_name") else "%s <%s>" % (o["to_name"], s["frm"][1]), es)
        plain += "\n\n" + "\n".join(ql) + "\n\n" + o["text"] + "\n"
        body_html += ("\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n<div><div style='border:none;border-top:solid "
                      "#E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in'>\n<p class=MsoNormal>%s<o:p></o:p></p></div></div>\n"
                      "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n%s") % (
            "<br>\n".join("<b>%s</b>%s" % (esc(x.split(":", 1)[0] + ":"), esc(x.split(":", 1)[1])) for x in ql),
            "\n".join(('<p class=MsoNormal>%s<o:p></o:p></p>' % esc(l)) if l else
                      "<p class=MsoNormal><o:p>&nbsp;</o:p></p>" for l in o["text"].split("\n")))
    lang = "ES-MX" if es else "EN-US"
    html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; '
            'charset=%s"><meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
            '/* Font Definitions */\n@font-face\n\t{font-family:Aptos;}\n/* Style Definitions */\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;\n\tfont-size:12.0pt;\n\t'
            'font-family:"Aptos",sans-serif;}\n@page WordSection1\n\t{size:8.5in 11.0in;\n\tmargin:1.0in 1.0in 1.0in '
            '1.0in;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style></head><body lang=%s link="#467886" '
            'vlink="#96607D" style=\'word-wrap:break-word\'><div class=WordSection1>\n%s\n</div></body></html>\n') % (
        cs, lang, body_html)
    tp = text_part(plain, charset=cs, cte="7bit" if cs == "us-ascii" else "quoted-printable")
    hp = html_part(html, charset=cs, cte="quoted-printable")
    ts = "01DC%s.%s" % (r.HEXS(4), r.HEXS(8))
    root = Part("multipart/alternative", boundary="----=_NextPart_001_%s_%s" % (r.HEXS(4), ts), children=[tp, hp])
    root = wrap_mixed(s, root, "----=_NextPart_000_%s_%s" % (r.HEXS(4), ts))
    dom = s["frm"][1].split("@")[1]
    mid = "<%s01dc%s$%s$%s@%s>" % ("0000", r.hexs(4), r.hexs(8), r.hexs(8), dom)
    w = s["when"]
    helo, rdns, ip = infra(s)
    heads = inbound(s["mailbox_addr"], s["frm"][1], helo, rdns, ip, w, r)
    heads += ["Received: from %s ([%s.%d])\n\tby %s with ESMTPSA id %s\n\tfor <%s>; %s" % (
        r.choice(["DESKTOP-%s" % r.alnum(7, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), "LAPTOP-%s" % r.alnum(8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")]),
        r.choice(["24.183", "67.4", "173.19", "75.87"]) + ".%d" % r.randint(1, 254), r.randint(2, 250), helo, r.alnum(16), s["mailbox_addr"],
        w.rfc_pad())]
    heads += ["From: %s" % hdr_addr(*s["frm"]),
              "To: %s" % to_line(s)]
    if s.get("cc"):
        heads.append("Cc: %s" % s["cc"])
    heads += threading(s)
    heads += [subj(s),
              "Date: %s" % w.rfc_pad(),
              "Message-ID: %s" % mid,
              "MIME-Version: 1.0",
              "X-Mailer: Microsoft Outlook 16.0",
              "Thread-Index: AQH%s" % r.alnum(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"),
              "Content-Language: %s" % ("es-mx" if es else "en-us")]
    return serialize(heads, root)


def outlook_es(s):
    return outlook(s, es=True)


def outlook_com(s, es=False, html_only=False, ios=False):
    """Outlook.com / Hotmail web, and Outlook for iOS (same Exchange Online plumbing)."""
    r = s["rng"]
    o = s.get("quote")
    allt = s["text"] + (o["text"] if o else "")
    cs = "iso-8859-1" if fits(allt, "iso-8859-1") else "utf-8"
    if ios:
        cs = "us-ascii" if is_ascii(allt) else "utf-8"
    plain = s["text"]
    style = ('font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; '
             'font-size: 12pt; color: rgb(0, 0, 0);')
    body = "\n".join('<div class="elementToProof" style="%s">%s</div>' % (style, esc(l) if l else "<br>")
                     for l in s["text"].split("\n"))
    if o:
        ql = qh_outlook(o, s["frm"][1], es, enviado="Enviado")
        plain += "\n\n________________________________\n" + "\n".join(ql) + "\n\n" + o["text"] + "\n"
        body += ('\n<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%%" tabindex="-1">\n'
                 '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
                 'color="#000000">%s</font>\n<div>&nbsp;</div></div>\n<div>%s</div>') % (
            "<br>\n".join("<b>%s</b>%s" % (esc(x.split(":", 1)[0] + ":"), esc(x.split(":", 1)[1])) for x in ql),
            br_html(o["text"]))
    html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
            '</head>\n<body dir="ltr">\n%s\n</body>\n</html>\n') % (cs, body)
    b = "_000_%s" % r.alnum(44, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + "namp_"
    if html_only:
        root = html_part(html, charset=cs, cte="quoted-printable")
    else:
        root = Part("multipart/alternative", boundary=b, children=[
            text_part(plain, charset=cs, cte="quoted-printable"), html_part(html, charset=cs, cte="quoted-printable")])
    root = wrap_mixed(s, root, "_004_%s" % r.alnum(44, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + "namp_")
    srv = r.choice(["SJ0PR11MB", "BN8PR12MB", "CH3PR17MB", "DM6PR02MB", "MW4PR19MB", "PH7PR10MB"]) + r.digits(4)
    mid = "<%s%s@%s.namprd%s.prod.outlook.com>" % (srv, r.HEXS(20), srv, srv[5:7])
    w = s["when"]
    helo, rdns, ip = infra(s)
    heads = inbound(s["mailbox_addr"], s["frm"][1], helo, rdns, ip, w, r, dkim_dom=s["frm"][1].split("@")[1])
    heads += ["Received: from %s.namprd%s.prod.outlook.com\n ([fe80::%s:%s:%s:%s]) by %s.namprd%s.prod.outlook.com\n"
              " ([fe80::%s:%s:%s:%s%%7]) with mapi id 15.20.%d.%03d; %s" % (
                  srv, srv[5:7], r.hexs(4), r.hexs(4), r.hexs(4), r.hexs(4), srv, srv[5:7], r.hexs(4), r.hexs(4),
                  r.hexs(4), r.hexs(4), r.randint(8000, 9400), r.randint(0, 40), w.rfc_pad(0).replace("+0000", "+0000"))]
    heads += ["From: %s" % hdr_addr(*s["frm"]),
              "To: %s" % to_line(s)]
    heads += [subj(s, "utf-8", "Q" if es else "B"),
              "Thread-Topic: %s" % hdr_text(s["subject"] if not (s["subject"] or "").startswith("Re: ") else s["subject"][4:], "utf-8", "B"),
              "Thread-Index: AQH%s" % r.alnum(36, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"),
              "Date: %s" % w.rfc_pad(0),
              "Message-ID: %s" % mid]
    heads += threading(s)
    heads += ["Accept-Language: %s" % ("es-US, en-US" if es else "en-US"),
              "Content-Language: %s" % ("es-US" if es else "en-US"),
              "X-MS-Has-Attach: %s" % ("yes" if s.get("attach") else ""),
              "X-MS-TNEF-Correlator:",
              "msip_labels:",
              "x-ms-exchange-messagesentrepresentingtype: 1",
              "x-ms-traffictypediagnostic: %s:EE_|%s:EE_" % (srv, r.choice(["SA1PR12MB", "LV3PR19MB"]) + r.digits(4)),
              "MIME-Version: 1.0"]
    if ios:
        heads.append("X-MS-Exchange-Organization-SCL: -1")
    return serialize(heads, root)


def outlook_com_es(s):
    return outlook_com(s, es=True)


def outlook_com_html(s):
    return outlook_com(s, html_only=True)


def outlook_ios(s):
    return outlook_com(s, ios=True)


def apple(s, es=False):
    """Apple Mail on macOS: plain text only, 7bit or quoted-printable."""
    r = s["rng"]
    o = s.get("quote")
    plain = s["text"]
    if o:
        plain += "\n\n" + quote_gt(qh_apple(o, es) + "\n\n" + o["text"]) + "\n"
    ascii_ = is_ascii(plain)
    tp = Part("text/plain;\n\tcharset=%s" % ("us-ascii" if ascii_ else "utf-8"),
              cte="7bit" if ascii_ else "quoted-printable",
              raw_body=plain if ascii_ else enc_qp(plain, "utf-8"))
    root = tp
    if s.get("attach"):
        root = Part("multipart/mixed", boundary="Apple-Mail=_%s" % r.uuid(upper=True),
                    children=[tp] + attach_parts(s, "apple"))
    ver = r.choice(["3826.400.131.1.6", "3826.500.181.1.5", "3774.600.62"])
    dom = s["frm"][1].split("@")[1]
    mid = "<%s@%s>" % (r.uuid(upper=True), dom)
    w = s["when"]
    helo, rdns, ip = infra(s)
    heads = inbound(s["mailbox_addr"], s["frm"][1], helo, rdns, ip, w, r, dkim_dom=dom)
    heads += ["Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(%s\\))" % ver,
              subj(s, "utf-8", "Q"),
              "From: %s" % hdr_addr(*s["frm"], charset="utf-8", mode="Q")]
    if o:
        heads.append("In-Reply-To: %s" % o["mid"])
    heads += ["Date: %s" % w.rfc(),
              "Message-Id: %s" % mid]
    if o:
        heads.append("References: %s" % o["mid"])
    heads += ["To: %s" % to_line(s),
              "X-Mailer: Apple Mail (2.%s)" % ver]
    # Apple puts Content-Type before Content-Transfer-Encoding but after From in practice; serialize adds them last.
    return serialize(heads, root)


def iphone(s, es=False):
    r = s["rng"]
    o = s.get("quote")
    sig = "Enviado desde mi iPhone" if es else "Sent from my iPhone"
    plain = s["text"] + ("\n\n" + sig if not s.get("nosig") else "")
    if o:
        plain += "\n\n" + quote_gt(qh_apple(o, es) + "\n\n" + o["text"]) + "\n"
    ascii_ = is_ascii(plain)
    tp = text_part(plain, charset="us-ascii" if ascii_ else "utf-8", quote_cs=False)
    root = tp
    dom = s["frm"][1].split("@")[1]
    mid = "<%s@%s>" % (r.uuid(upper=True), dom)
    w = s["when"]
    helo, rdns, ip = infra(s)
    heads = inbound(s["mailbox_addr"], s["frm"][1], helo, rdns, ip, w, r, dkim_dom=dom)
    heads += ["From: %s" % hdr_addr(*s["frm"], charset="utf-8", mode="Q"),
              "Mime-Version: 1.0 (1.0)",
              "Date: %s" % w.rfc(),
              subj(s, "utf-8", "Q"),
              "Message-Id: %s" % mid]
    heads += threading(s)
    heads += ["To: %s" % to_line(s),
              "X-Mailer: iPhone Mail (%s)" % r.choice(["22B91", "22C152", "22D82", "23A341", "22F76"])]
    return serialize(heads, root)


def iphone_es(s):
    return iphone(s, es=True)


def yahoo(s, es=False, aol=False):
    r = s["rng"]
    o = s.get("quote")
    w = s["when"]
    plain = s["text"]
    font = "font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;" if not aol else \
        "font-family:Arial, Helvetica, sans-serif;font-size:16px;"
    html_new = "".join('<div dir="ltr" data-setdir="false">%s</div>' % (esc(l) if l else "<br>")
                       for l in s["text"].split("\n"))
    qhtml = ""
    if o:
        if aol:
            t = o["when"].local
            block = ["-----Original Message-----",
                     "From: %s <%s>" % o["frm"],
                     "To: %s" % s["frm"][1],
                     "Sent: %s, %s %d, %d %s" % (DAYS[t.weekday()], MONTHS[t.month - 1], t.day, t.year,
                                                o["when"].h12().lower()),
                     "Subject: %s" % o["subject"]]
            plain += "\n\n\n" + "\n".join(block) + "\n\n" + o["text"] + "\n"
            qhtml = '<div><br></div><div><br></div><div>%s</div><div>%s</div>' % (
                "<br>".join(esc(x) for x in block), br_html(o["text"]))
        else:
            qh = qh_yahoo(o, es)
            plain += "\n\n\n    " + qh + "  \n\n" + "\n".join(" " + l if l else "" for l in o["text"].split("\n")) + "\n"
            qhtml = ('<div id="ydp%syahoo_quoted_%d" class="ydp%syahoo_quoted"><div style="font-family:\'Helvetica '
                     'Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>%s</div><div><br></div>'
                     '<div><br></div><div>%s</div></div></div>') % (
                r.hexs(8), r.randint(1000000000, 9999999999), r.hexs(8), esc(qh), br_html(o["text"]))
    html = ('<html><head></head><body><div class="%s" style="%s">%s</div>%s</body></html>' % (
        "ydp%syahoo-style-wrap" % r.hexs(8) if not aol else "aolmail_%s" % r.hexs(6), font, html_new, qhtml))
    b = "----=_Part_%d_%d.%d" % (r.randint(1000000, 9999999), r.randint(100000000, 999999999), w.epoch * 1000 + r.randint(0, 999))
    root = Part("multipart/alternative", boundary=b, children=[text_part(plain), html_part(html)])
    root = wrap_mixed(s, root, "----=_Part_%d_%d.%d" % (r.randint(1000000, 9999999), r.randint(100000000, 999999999),
                                                       w.epoch * 1000 + r.randint(0, 999)))
    mid = "<%d.%d.%d@mail.yahoo.com>" % (r.randint(1000000000, 2147483647), r.randint(1000000, 9999999),
                                         w.epoch * 1000 + r.randint(0, 999))
    helo, rdns, ip = infra(s)
    dom = s["frm"][1].split("@")[1]
    heads = inbound(s["mailbox_addr"], s["frm"][1], helo, rdns, ip, w, r, dkim_dom=dom)
    heads += [dkim(r, dom, "s2048" if not aol else "a2048", "From:Subject:Date:To:References:From:Subject", t=s["when"].epoch),
              "X-SONIC-DKIM-SIGN: %s" % dkim(r, dom, "s2048", "X-Sonic-MF:Date:From:To:Subject", t=w.epoch).split(": ", 1)[1],
              "X-YMail-OSG: %s" % r.alnum(60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._"),
              "X-Sonic-MF: <%s>" % s["frm"][1],
              "X-Sonic-ID: %s" % r.uuid(),
              "Received: from sonic.gate.mail.ne1.yahoo.com by sonic.consmr.mail.ne1.yahoo.com with HTTP; %s" %
              w.rfc(0).replace("+0000", "+0000")]
    heads += ["Date: %s" % (w.rfc(0) + " (UTC)"),
              "From: %s" % hdr_addr(*s["frm"]),
              "To: %s" % to_line(s),
              "Message-ID: %s" % mid]
    heads += threading(s)
    heads += [subj(s),
              "MIME-Version: 1.0",
              "X-Mailer: WebService/1.1.%d %s Apache-HttpAsyncClient/4.1.4 (Java/21.0.%d)" % (
                  r.randint(23000, 24999), "AolMailNorrin" if aol else "YMailNorrin", r.randint(3, 7))]
    return serialize(heads, root)


def yahoo_es(s):
    return yahoo(s, es=True)


def aol(s):
    return yahoo(s, aol=True)


def thunderbird(s):
    r = s["rng"]
    o = s.get("quote")
    plain = s["text"]
    if o:
        plain += "\n\n" + qh_tb(o) + "\n" + quote_gt(o["text"]) + "\n"
    plain = flow(plain)
    ascii_ = is_ascii(plain)
    tp = text_part(plain, charset="UTF-8", cte="7bit" if ascii_ else "8bit", flowed=True, quote_cs=False)
    if not ascii_:
        tp.raw_body = plain
    root = tp
    if s.get("attach"):
        root = Part("multipart/mixed", boundary="------------%s" % r.alnum(24), children=[tp] + attach_parts(s),
                    raw_body="This is a multi-part message in MIME format.")
    dom = s["frm"][1].split("@")[1]
    mid = "<%s@%s>" % (r.uuid(), dom)
    w = s["when"]
    helo, rdns, ip = infra(s)
    heads = inbound(s["mailbox_addr"], s["frm"][1], helo, rdns, ip, w, r)
    heads += ["Received: from [192.168.%d.%d] (%s [%s.%d])\n\tby %s with ESMTPSA; %s" % (
        r.randint(0, 2), r.randint(10, 99), "c-%s.hsd1.ia.comcast.net" % r.digits(6), "73.%d" % r.randint(20, 220),
        r.randint(2, 250), helo, w.rfc())]
    heads += ["Message-ID: %s" % mid,
              "Date: %s" % w.rfc(),
              "MIME-Version: 1.0",
              "User-Agent: Mozilla Thunderbird",
              "Content-Language: en-US"]
    heads += threading(s)[::-1] if o else []
    heads += ["To: %s" % to_line(s),
              "From: %s" % hdr_addr(*s["frm"]),
              subj(s)]
    return serialize(heads, root)


def samsung(s, es=False):
    r = s["rng"]
    o = s.get("quote")
    sig = "Enviado desde mi Galaxy" if es else "Sent from my Galaxy"
    plain = s["text"] + "\n\n\n" + sig
    html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body dir="auto">' + \
           "".join('<div dir="auto">%s</div>' % (esc(l) if l else "<br>") for l in s["text"].split("\n")) + \
           '<div dir="auto"><br></div><div dir="auto"><br></div><div id="composer_signature" dir="auto"><div ' \
           'style="font-size:12px;color:#575757" dir="auto">%s</div></div>' % sig
    if o:
        t = o["when"].local
        if es:
            block = ["-------- Mensaje original --------", "De: %s <%s> " % o["frm"],
                     "Fecha: %d/%d/%02d %d:%02d %s (GMT%s) " % (t.month, t.day, t.year % 100, t.hour % 12 or 12, t.minute,
                                                              "a. m." if t.hour < 12 else "p. m.", "-05:00" if o["when"].off == -5 else "-06:00"),
                     "Para: %s " % s["frm"][1], "Asunto: %s " % o["subject"]]
        else:
            block = ["-------- Original message --------", "From: %s <%s> " % o["frm"],
                     "Date: %d/%d/%02d %s (GMT%s) " % (t.month, t.day, t.year % 100, o["when"].h12(),
                                                     "-05:00" if o["when"].off == -5 else "-06:00"),
                     "To: %s " % s["frm"][1], "Subject: %s " % o["subject"]]
        plain += "\n\n" + "\n".join(block) + "\n\n" + o["text"] + "\n"
        html += '<div><br></div><div align="left" dir="auto" style="font-size:100%%;color:#000000">%s</div>' \
                '<blockquote>%s</blockquote>' % ("<br>".join(esc(b) for b in block), br_html(o["text"]))
    html += "</body></html>"
    b = "--_com.samsung.android.email_%d%d" % (r.randint(100000000, 999999999), r.randint(1000000, 9999999))
    root = Part("multipart/alternative", boundary=b, children=[
        text_part(plain, charset="utf-8", cte="base64", quote_cs=False),
        html_part(html, charset="utf-8", cte="base64", quote_cs=False)])
    dom = s["frm"][1].split("@")[1]
    mid = "<%s.%s@email.android.com>" % (r.alnum(12, "abcdefghijklmnopqrstuvwxyz0123456789"), r.digits(10))
    w = s["when"]
    helo, rdns, ip = infra(s)
    heads = inbound(s["mailbox_addr"], s["frm"][1], helo, rdns, ip, w, r, dkim_dom=dom if dom == "gmail.com" else None)
    heads += ["Message-ID: %s" % mid,
              "Date: %s" % w.rfc(),
              subj(s),
              "From: %s" % hdr_addr(*s["frm"]),
              "To: %s" % to_line(s)]
    heads += threading(s)
    heads += ["MIME-Version: 1.0"]
    return serialize(heads, root)


def samsung_es(s):
    return samsung(s, es=True)


def proton(s):
    r = s["rng"]
    html = '<div style="font-family: Arial, sans-serif; font-size: 14px;">' + "".join(
        "<div>%s</div>" % (esc(l) if l else "<br>") for l in s["text"].split("\n")) + \
        '</div><div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div><div class="protonmail_signature_block ' \
        'protonmail_signature_block-empty" style="font-family: Arial, sans-serif; font-size: 14px;"></div>\n'
    b = "b1=_%s" % r.alnum(43)
    root = Part("multipart/alternative", boundary=b, children=[
        text_part(s["text"], charset="utf-8", quote_cs=False), html_part(html, charset="utf-8", quote_cs=False)],
        raw_body="This is a multi-part message in MIME format.\n")
    w = s["when"]
    helo, rdns, ip = infra(s)
    dom = s["frm"][1].split("@")[1]
    heads = inbound(s["mailbox_addr"], s["frm"][1], helo, rdns, ip, w, r, dkim_dom=dom)
    heads += [dkim(r, dom, "protonmail3", "Date:To:From:Subject:Message-ID:Feedback-ID:From:To:Cc:Date:Subject", t=s["when"].epoch),
              "Date: %s" % w.rfc(0),
              "To: %s" % to_line(s),
              "From: %s" % hdr_addr(*s["frm"]),
              subj(s),
              "Message-ID: <%s=@proton.me>" % r.alnum(86, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
              "Feedback-ID: %d:user:proton" % r.randint(10000000, 99999999),
              "X-Pm-Message-ID: %s" % r.hexs(40),
              "MIME-Version: 1.0"]
    return serialize(heads, root)


def wlm(s):
    """Windows Live Mail 2012 on an old home PC."""
    r = s["rng"]
    o = s.get("quote")
    cs = "iso-8859-1"
    plain = s["text"]
    html = ('<HTML style="OVERFLOW: hidden"><HEAD>\n<META content="text/html; charset=iso-8859-1" http-equiv=Content-Type>'
            '\n<META name=GENERATOR content="MSHTML 11.00.10570.1001"></HEAD>\n<BODY style=\'FONT-SIZE: 12pt; FONT-FAMILY:'
            ' "Calibri"; COLOR: #000000\'>\n' + "\n".join("<DIV>%s</DIV>" % (esc(l) if l else "&nbsp;")
                                                          for l in s["text"].split("\n")) + "</BODY></HTML>\n")
    ts = "01DC%s.%s" % (r.HEXS(4), r.HEXS(8))
    root = Part("multipart/alternative", boundary="----=_NextPart_000_%s_%s" % (r.HEXS(4), ts), children=[
        text_part(plain, charset=cs, cte="7bit" if is_ascii(plain) else "quoted-printable"),
        html_part(html, charset=cs, cte="quoted-printable")], raw_body="This is a multi-part message in MIME format.\n")
    w = s["when"]
    helo, rdns, ip = infra(s)
    heads = inbound(s["mailbox_addr"], s["frm"][1], helo, rdns, ip, w, r, tls=False)
    heads += ["Message-ID: <%s@%s>" % (r.HEXS(32), r.choice(["DellPC", "HPPavilion", "Grandpa-PC", "OwnerPC"])),
              "From: %s" % hdr_addr(*s["frm"]),
              "To: %s" % ('"%s" <%s>' % s["to"] if s["to"][0] else "<%s>" % s["to"][1]),
              subj(s),
              "Date: %s" % w.rfc(),
              "MIME-Version: 1.0",
              "X-Priority: 3",
              "X-MSMail-Priority: Normal",
              "Importance: Normal",
              "X-Mailer: Microsoft Windows Live Mail 16.4.3528.331",
              "X-MimeOLE: Produced By Microsoft MimeOLE V16.4.3528.331"]
    return serialize(heads, root)


def webform(s):
    """Our website's privacy-request form, relayed by PHPMailer with the visitor in Reply-To."""
    r = s["rng"]
    w = s["when"]
    tp = text_part(s["text"].replace("{submitted}", "%s %s" % (w.local.strftime("%m/%d/%Y %I:%M:%S %p"), w.zone)),
                   charset="utf-8", cte="quoted-printable", quote_cs=False)
    heads = inbound(s["mailbox_addr"], "noreply@forms.alliant-energy.com", "web02.int.alliant-energy.com",
                    "web02.int.alliant-energy.com", "10.20.4.12", w, r, delay_s=1, auth=False)
    heads += ["Date: %s" % w.rfc(),
              "To: %s" % s["mailbox_addr"],
              "From: %s" % hdr_addr(*s["frm"]),
              "Reply-To: %s" % hdr_addr(*s["reply_to"]),
              subj(s),
              "Message-ID: <%s@forms.alliant-energy.com>" % r.alnum(43),
              "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",
              "MIME-Version: 1.0"]
    return serialize(heads, tp)


PROGRAMS = {
    "gmail": gmail, "gmail_android": gmail_android, "gmail_es": lambda s: gmail(s, es=True),
    "outlook": outlook, "outlook_es": outlook_es,
    "outlook_com": outlook_com, "outlook_com_es": outlook_com_es, "outlook_com_html": outlook_com_html,
    "outlook_ios": outlook_ios,
    "apple": apple, "iphone": iphone, "iphone_es": iphone_es,
    "yahoo": yahoo, "yahoo_es": yahoo_es, "aol": aol,
    "thunderbird": thunderbird, "samsung": samsung, "samsung_es": samsung_es,
    "proton": proton, "wlm": wlm, "webform": webform,
}

PROGRAM_NAMES = {
    "gmail": "Gmail (web)", "gmail_android": "Gmail for Android", "gmail_es": "Gmail (web, Spanish UI)",
    "outlook": "Outlook 365 for Windows", "outlook_es": "Outlook 365 for Windows (Spanish)",
    "outlook_com": "Outlook.com", "outlook_com_es": "Outlook.com / Hotmail (Spanish)",
    "outlook_com_html": "Outlook.com (HTML only)", "outlook_ios": "Outlook for iOS",
    "apple": "Apple Mail (macOS)", "iphone": "iPhone Mail", "iphone_es": "iPhone Mail (Spanish)",
    "yahoo": "Yahoo Mail", "yahoo_es": "Yahoo Mail (Spanish)", "aol": "AOL Mail", "thunderbird": "Thunderbird",
    "samsung": "Samsung Email (Android)", "samsung_es": "Samsung Email (Android, Spanish)", "proton": "Proton Mail",
    "wlm": "Windows Live Mail 2012", "webform": "alliant-energy.com web form (PHPMailer)",
}
