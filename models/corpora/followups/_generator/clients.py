"""Mail programs (how they quote, what headers they write) and mail providers (trace/DKIM headers)."""
import html as _html

import mailkit as mk
from mailkit import CRLF, rfc_date, plus, rstr, rhex, uuid4, b64blob, dkim_sig, auth_results

MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
             "octubre", "noviembre", "diciembre"]
MON_ES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
DAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
DAY_ES = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]


def _h12(d, lower=False, dots=False):
    h = d.hour % 12 or 12
    ap = "AM" if d.hour < 12 else "PM"
    if lower:
        ap = ap.lower()
    if dots:
        ap = "a. m." if d.hour < 12 else "p. m."
    return "%d:%02d %s" % (h, d.minute, ap)


def _ord(n):
    return "%d%s" % (n, "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def who(o):
    return "%s <%s>" % (o.from_name, o.from_addr)


def to_of(o, style="plain"):
    if o.to_name and style == "plain":
        return "%s <%s>" % (o.to_name, o.to_addr)
    if style == "dup":
        return "%s <%s>" % (o.to_addr, o.to_addr)
    return o.to_addr


def attribution(style, o):
    d = o.when.astimezone(mk.CST)
    if style in ("gmail", "gmail_web"):
        return "On %s, %s %d, %d at %s %s wrote:" % (d.strftime("%a"), d.strftime("%b"), d.day, d.year,
                                                     _h12(d), who(o))
    if style == "gmail_android":
        return "On %s, %s %d, %d, %s %s wrote:" % (d.strftime("%a"), d.strftime("%b"), d.day, d.year, _h12(d), who(o))
    if style == "gmail_es":
        return "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (
            DAY_ES[d.weekday()], d.day, MON_ES[d.month - 1], d.year, d.hour, d.minute, o.from_name, o.from_addr)
    if style in ("iphone", "apple_mac"):
        return "On %s %d, %d, at %s, %s wrote:" % (d.strftime("%b"), d.day, d.year, _h12(d), who(o))
    if style == "iphone_es":
        return "El %d %s %d, a las %s, %s escribió:" % (d.day, MON_ES[d.month - 1], d.year,
                                                        _h12(d, dots=True), who(o))
    if style == "thunderbird":
        return "On %d/%d/%s %s, %s wrote:" % (d.month, d.day, d.strftime("%y"), _h12(d), o.from_name)
    if style == "yahoo":
        return "On %s, %s %d, %d at %s CST, %s wrote:" % (
            d.strftime("%A"), d.strftime("%B"), d.day, d.year, "%d:%02d:%02d %s" % (
                d.hour % 12 or 12, d.minute, d.second, "AM" if d.hour < 12 else "PM"), who(o))
    if style == "ox":
        return "On %02d/%02d/%d %02d:%02d CST %s wrote:" % (d.month, d.day, d.year, d.hour % 12 or 12, d.minute, who(o))
    if style == "proton":
        return "On %s, %s %s, %d at %s, %s wrote:" % (d.strftime("%A"), d.strftime("%B"), _ord(d.day), d.year,
                                                      _h12(d), who(o))
    if style == "fastmail":
        return "On %s, %s %d, %d, at %d:%02d, %s wrote:" % (d.strftime("%a"), d.strftime("%b"), d.day, d.year,
                                                            d.hour, d.minute, o.from_name)
    if style == "roundcube":
        return "On %d-%02d-%02d %02d:%02d, %s wrote:" % (d.year, d.month, d.day, d.hour, d.minute, o.from_name)
    raise ValueError(style)


def header_block(style, o):
    d = o.when.astimezone(mk.CST)
    long_en = "%s, %s %d, %d %s" % (d.strftime("%A"), d.strftime("%B"), d.day, d.year, _h12(d))
    if style == "outlook":
        return ["From: %s " % who(o), "Sent: %s" % long_en, "To: %s" % to_of(o), "Subject: %s" % o.subject]
    if style == "owa":
        return ["________________________________", "From: %s" % who(o), "Sent: %s" % long_en,
                "To: %s" % to_of(o, "dup"), "Subject: %s" % o.subject]
    if style == "owa_es":
        es = "%s, %d de %s de %d %d:%02d" % (DAYS_ES[d.weekday()], d.day, MONTHS_ES[d.month - 1], d.year,
                                             d.hour, d.minute)
        return ["________________________________", "De: %s" % who(o), "Enviado: %s" % es,
                "Para: %s" % to_of(o, "addr"), "Asunto: %s" % o.subject]
    if style == "aol":
        return ["-----Original Message-----", "From: %s" % who(o), "To: %s" % o.to_addr,
                "Sent: %s, %s %d, %d %s" % (d.strftime("%a"), d.strftime("%b"), d.day, d.year, _h12(d, lower=True)),
                "Subject: %s" % o.subject]
    if style == "samsung":
        return ["-------- Original message --------", "From: %s " % who(o),
                "Date: %d/%d/%s %s  (GMT-06:00) " % (d.month, d.day, d.strftime("%y"), _h12(d)),
                "To: %s " % o.to_addr, "Subject: %s " % o.subject]
    raise ValueError(style)


def gt_quote(text, prefix="> "):
    out = []
    for line in text.rstrip("\n").split("\n"):
        if line == "":
            out.append(prefix.rstrip())
        elif line.startswith(">"):
            out.append(prefix.rstrip() + line)
        else:
            out.append(prefix + line)
    return "\n".join(out)


def esc(s):
    return _html.escape(s, quote=False)


def html_lines(text, wrap_div=False):
    lines = text.rstrip("\n").split("\n")
    if wrap_div:
        return "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in lines)
    return "<br>\n".join(esc(l) for l in lines)


# ------------------------------------------------------------------ compose bodies
def compose(spec):
    """Return (plain, html or None).  spec keys used: client, new, quote (Out), sig, plain, html_override."""
    c = spec["client"]
    new = (spec.get("new") or "").strip("\n")
    q = spec.get("quote")
    if spec.get("plain") is not None:          # hand-written (inline replies etc.)
        plain = spec["plain"].strip("\n") + "\n"
        return plain, (spec.get("html") or None)
    sig = spec.get("sig")
    want_html = spec.get("html", True)

    if c in ("gmail", "gmail_android", "gmail_es"):
        astyle = {"gmail": "gmail", "gmail_android": "gmail_android", "gmail_es": "gmail_es"}[c]
        body = new + ("\n" + sig if sig else "")
        plain = body + "\n"
        h = '<div dir="ltr">%s</div>' % html_lines(body, wrap_div=False)
        if q is not None:
            a = attribution(astyle, q)
            # gmail wraps the attribution line of the plain part at 76 columns
            if len(a) > 76:
                cut = a.rfind(" ", 0, 76)
                cut2 = a.find("<")
                if 0 < cut2 < 76:
                    cut = cut2 + 1
                a_plain = a[:cut] + "\n" + a[cut:].lstrip(" ")
            else:
                a_plain = a
            plain = body + "\n\n" + a_plain + "\n\n" + gt_quote(q.body) + "\n"
            h += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br>'
                  '</div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                  'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (esc(a), html_lines(q.body)))
        return plain, (h + "\n") if want_html else None

    if c in ("iphone", "iphone_es", "ipad"):
        sent = {"iphone": "Sent from my iPhone", "iphone_es": "Enviado desde mi iPhone", "ipad": "Sent from my iPad"}[c]
        if spec.get("no_sent_from"):
            sent = None
        body = new + ("\n\n" + sig if sig else "") + (("\n\n" + sent) if sent else "")
        if q is not None:
            a = attribution("iphone_es" if c == "iphone_es" else "iphone", q)
            body += "\n\n" + gt_quote(a + "\n\n" + q.body) + "\n"
        return body.rstrip("\n") + "\n", None

    if c == "apple_mac":
        body = new + ("\n\n" + sig if sig else "")
        plain = body + "\n"
        h = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
             '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
             + html_lines(body, wrap_div=True))
        if q is not None:
            a = attribution("apple_mac", q)
            plain += "\n" + gt_quote(a + "\n\n" + q.body) + "\n"
            h += ('<div><br><blockquote type="cite"><div>%s</div><br class="Apple-interchange-newline"><div><div>'
                  '%s</div></div></blockquote></div><br>' % (esc(a), html_lines(q.body)))
        h += "</body></html>"
        return plain, h if want_html else None

    if c in ("outlook", "owa", "owa_es"):
        body = new + ("\n\n" + sig if sig else "")
        plain = body + "\n"
        if c == "outlook":
            h = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                 'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                 'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; '
                 'charset=utf-8"><meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
                 '/* Font Definitions */\n@font-face\n\t{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                 '\t{margin:0in;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\n--></style></head>'
                 '<body lang=EN-US link="#467886" vlink="#96607D" style=\'word-wrap:break-word\'>'
                 '<div class=WordSection1>')
            for line in body.split("\n"):
                h += "<p class=MsoNormal>%s<o:p></o:p></p>" % (esc(line) if line else "&nbsp;")
        else:
            h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" '
                 'style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr">'
                 '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, '
                 'Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">%s</div>'
                 % html_lines(body))
        if q is not None:
            hb = header_block(c, q)
            plain += "\n" + "\n".join(hb) + "\n\n" + q.body
            if c == "outlook":
                h += ('<p class=MsoNormal><o:p>&nbsp;</o:p></p><div style=\'border:none;border-top:solid #E1E1E1 1.0pt;'
                      'padding:3.0pt 0in 0in 0in\'><p class=MsoNormal>')
                h += "<br>".join("<b>%s</b>%s" % (esc(x.split(":", 1)[0] + ":"), esc(x.split(":", 1)[1])) for x in hb)
                h += "<o:p></o:p></p></div><p class=MsoNormal><o:p>&nbsp;</o:p></p>"
                for line in q.body.rstrip("\n").split("\n"):
                    h += "<p class=MsoNormal>%s<o:p></o:p></p>" % (esc(line) if line else "&nbsp;")
                h += "</div></body></html>"
            else:
                h += ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%%" tabindex="-1">'
                      '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
                      'color="#000000">%s</font><div>&nbsp;</div></div><div class="BodyFragment"><font size="2">'
                      '<span style="font-size:11pt;"><div class="PlainText">%s</div></span></font></div></body></html>'
                      % ("<br>".join("<b>%s</b>%s" % (esc(x.split(":", 1)[0] + ":"), esc(x.split(":", 1)[1]))
                                     for x in hb[1:]), html_lines(q.body)))
        else:
            h += "</div></body></html>" if c == "outlook" else "</body></html>"
        return plain, h if want_html else None

    if c in ("yahoo", "yahoo_android"):
        body = new + ("\n\n" + sig if sig else "")
        foot = "\n\nSent from Yahoo Mail on Android" if c == "yahoo_android" else ""
        plain = body + foot + "\n"
        h = ('<html><head></head><body><div class="ydp%s yahoo-style-wrap" style="font-family:Helvetica Neue, '
             'Helvetica, Arial, sans-serif;font-size:13px;"><div></div>\n        <div dir="ltr" data-setdir="false">'
             '%s</div>' % (spec["_rng"].choice(["3f1a9c2e", "b27d5e01", "9c44aa10", "61e0f3bd"]),
                           html_lines(body, wrap_div=True)))
        if foot:
            h += '<div><br></div><div id="ymail_android_signature"><a href="https://mail.onelink.me/107872968?pid=' \
                 'nativeplacement&amp;c=Global_Acquisition_YMktg_315_Internal_EmailSignature&amp;af_sub1=Acquisition' \
                 '&amp;af_sub2=Global_YMktg&amp;af_sub3=&amp;af_sub4=100000604&amp;af_sub5=EmailSignature__Static_"' \
                 ' id="ymail_android_signature_link">Sent from Yahoo Mail on Android</a></div>'
        if q is not None:
            a = attribution("yahoo", q)
            plain += ("\n\n    %s  \n \n " % a) + "\n ".join(q.body.rstrip("\n").split("\n")) + "\n  \n"
            h += ('<div><br></div><div><br></div>\n        </div><div id="yahoo_quoted_%s" class="yahoo_quoted">'
                  '<div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;'
                  'color:#26282a;"><div>%s</div><div><br></div><div><br></div><div><div dir="ltr">%s</div></div>'
                  '</div></div></body></html>' % (rstr(spec["_rng"], 10, "0123456789"), esc(a), html_lines(q.body)))
        else:
            h += "</div></body></html>"
        return plain, h if want_html else None

    if c == "aol":
        body = new + ("\n\n" + sig if sig else "")
        plain = body + "\n"
        h = ('<html><head></head><body><div style="font-family:Arial, Helvetica, sans-serif;font-size:16px;">'
             '<div dir="ltr">%s</div>' % html_lines(body, wrap_div=True))
        if q is not None:
            hb = header_block("aol", q)
            plain += "\n\n" + "\n".join(hb) + "\n\n" + q.body
            h += ('<div><br></div><div><br></div><div class="aolmail_quote" id="aolmail_quote_%s"><div>%s</div>'
                  '<div><br></div><div>%s</div></div></div></body></html>'
                  % (rstr(spec["_rng"], 6, "0123456789"), "<br>".join(esc(x) for x in hb), html_lines(q.body)))
        else:
            h += "</div></body></html>"
        return plain, h if want_html else None

    if c == "samsung":
        body = new + ("\n\n" + sig if sig else "")
        plain = body + "\n\n\n\nSent from my Galaxy\n"
        h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
             '<div dir="auto">%s</div><div dir="auto"><br></div><div dir="auto"><br></div><div id="composer_signature"'
             ' dir="auto"><div style="font-size:12px;color:#575757" dir="auto">Sent from my Galaxy</div></div>'
             % html_lines(body))
        if q is not None:
            hb = header_block("samsung", q)
            plain += "\n\n" + "\n".join(hb) + "\n\n" + q.body
            h += ('<div dir="auto"><br></div><div><br></div><div align="left" dir="auto" style="font-size:100%%;'
                  'color:#000000"><div>%s</div><div><br></div></div>%s' % ("</div><div>".join(esc(x) for x in hb),
                                                                         html_lines(q.body)))
        h += "</body></html>"
        return plain, h if want_html else None

    if c == "ox":
        body = new + ("\n\n" + sig if sig else "")
        plain = body + "\n"
        h = ('<!doctype html>\n<html>\n <head> \n  <meta charset="UTF-8"> \n </head>\n <body>\n  <div class="default-style">\n'
             '   %s\n  </div>\n' % html_lines(body))
        if q is not None:
            a = attribution("ox", q)
            plain += "\n\n> " + a + "\n>\n>  \n" + gt_quote(q.body) + "\n"
            h += ('  <blockquote type="cite">\n   <div>\n    %s\n   </div>\n   <div>\n    %s\n   </div>\n'
                  '  </blockquote>\n' % (esc(a), html_lines(q.body)))
        h += " </body>\n</html>"
        return plain, h if want_html else None

    if c == "proton":
        body = new + ("\n\n" + sig if sig else "")
        plain = body + "\n\nSent with Proton Mail secure email.\n"
        h = ('<div style="font-family: Arial, sans-serif; font-size: 14px;">%s</div><div style="font-family: Arial, '
             'sans-serif; font-size: 14px;"><br></div><div class="protonmail_signature_block" style="font-family: '
             'Arial, sans-serif; font-size: 14px;"><div class="protonmail_signature_block-proton">Sent with <a '
             'target="_blank" href="https://proton.me/mail/home">Proton Mail</a> secure email.</div></div>'
             % html_lines(body))
        if q is not None:
            a = attribution("proton", q)
            plain += "\n------- Original Message -------\n%s\n\n\n" % a + gt_quote(q.body) + "\n"
            h += ('<div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div><div class='
                  '"protonmail_quote">\n        ------- Original Message -------<br>\n        %s<br><br>\n        '
                  '<blockquote class="protonmail_quote" type="cite">\n            %s\n        </blockquote><br>\n'
                  '    </div>' % (esc(a), html_lines(q.body)))
        return plain, h if want_html else None

    if c in ("thunderbird", "roundcube", "fastmail", "bare"):
        body = new + ("\n\n" + sig if sig else "")
        if q is None:
            return body + "\n", None
        a = attribution(c if c != "bare" else "thunderbird", q)
        if spec.get("bottom"):
            plain = a + "\n" + gt_quote(q.body) + "\n\n" + body + "\n"
        else:
            plain = body + "\n\n" + a + "\n" + gt_quote(q.body) + "\n"
        return plain, None

    raise ValueError(c)


# ------------------------------------------------------------------ message ids
def client_msgid(spec, rng):
    c, prov = spec["client"], spec["prov"]
    dom = spec["from"][1].split("@")[1]
    if spec.get("msgid"):
        return spec["msgid"]
    if c.startswith("gmail") or (c == "samsung" and False):
        return "<CA%s%s@mail.gmail.com>" % (rstr(rng, 2, "BDEFHJKLMNOPWX"), rstr(rng, 44, mk.ALNUM + "+_-") + "=" +
                                             rstr(rng, 6, mk.ALNUM))
    if c in ("iphone", "iphone_es", "ipad", "apple_mac"):
        return "<%s@%s>" % (uuid4(rng, upper=True), dom)
    if c == "outlook":
        if prov == "m365":
            srv = spec.get("_srv")
            return "<%s%s@%s.namprd%02d.prod.outlook.com>" % (srv, rhex(rng, 20, True), srv, 17)
        return "<%s$%s$%s$@%s>" % (rhex(rng, 12), rhex(rng, 8), rhex(rng, 8), dom)
    if c in ("owa", "owa_es"):
        srv = spec.get("_srv")
        return "<%s%s@%s.namprd%02d.prod.outlook.com>" % (srv, rhex(rng, 20, True), srv, 19)
    if c in ("yahoo", "yahoo_android", "aol"):
        return "<%s.%s.%d@mail.yahoo.com>" % (rstr(rng, 10, "0123456789"), rstr(rng, 7, "0123456789"),
                                               mk.epoch(mk.t(spec["when"])) * 1000 + rng.randint(0, 999))
    if c == "samsung":
        return "<%s.%d@email.android.com>" % (rstr(rng, 24, "abcdefghijklmnopqrstuvwxyz0123456789"),
                                              mk.epoch(mk.t(spec["when"])) * 1000 + rng.randint(0, 999))
    if c == "ox":
        return "<%s.%s.%d@connect.xfinity.com>" % (rstr(rng, 9, "0123456789"), rstr(rng, 6, "0123456789"),
                                                    mk.epoch(mk.t(spec["when"])) * 1000 + rng.randint(0, 999))
    if c == "proton":
        return "<%s=@proton.me>" % rstr(rng, 86, mk.ALNUM + "_-")
    if c == "fastmail":
        return "<%s@app.fastmail.com>" % uuid4(rng)
    if c in ("thunderbird", "bare"):
        return "<%s@%s>" % (uuid4(rng), dom)
    if c == "roundcube":
        return "<%s@%s>" % (rhex(rng, 32), dom)
    raise ValueError(c)


# ------------------------------------------------------------------ provider trace + signatures
def provider(spec, rng, sent, msgid):
    """Return (relay_name, relay_ip, auth, provider_lines, env_from, arrival)."""
    prov = spec["prov"]
    fa = spec["from"][1]
    dom = fa.split("@")[1]
    env_from = spec.get("env_from", fa)
    arrive = plus(sent, rng.randint(2, 9))
    lines = []
    bsig = rstr(rng, 8)
    if prov in ("gmail", "gworkspace"):
        d = "gmail.com" if prov == "gmail" else dom
        relay = "mail-%s-f%d.google.com" % (rng.choice(["qt1", "ot1", "yb1", "pl1", "lf1", "ed1", "wr1", "io1",
                                                        "qk1", "vs1"]), rng.randint(41, 199))
        ip = "209.85.%d.%d" % (rng.choice([128, 160, 161, 166, 167, 208, 210, 214, 219, 221, 222]), rng.randint(2, 250))
        s = "20230601" if prov == "gmail" else "google"
        lines.append(dkim_sig(rng, d, s, "to:subject:message-id:date:from:in-reply-to:references:mime-version"
                                      "\r\n         :from:to:cc:subject:date:message-id:reply-to", sent, ttl=604800))
        lines.append(dkim_sig(rng, "1e100.net", "20230601", "x-gm-message-state:to:subject:message-id:date:from"
                                                          "\r\n         :in-reply-to:references:mime-version:x-gm-"
                                                          "gg:x-gm-message-state", sent, ttl=604800,
                              darn=False).replace("DKIM-Signature", "X-Google-DKIM-Signature"))
        lines.append("X-Gm-Message-State: AOJu0Y%s" % rstr(rng, 54, mk.ALNUM + "/+"))
        lines.append("X-Gm-Gg: ASbGnc%s\r\n\t%s" % (rstr(rng, 66, mk.ALNUM + "/+"), rstr(rng, 70, mk.ALNUM + "/+")))
        lines.append("X-Google-Smtp-Source: AGHT+I%s==" % rstr(rng, 60, mk.ALNUM + "/+"))
        lines.append("X-Received: by 2002:a05:%d:%s:b0:%s:%s with SMTP id %s-%s.%d.%d;\r\n        %s" % (
            rng.choice([620, 6214, 6902, 622]), rhex(rng, 4), rhex(rng, 3), rhex(rng, 4), rstr(rng, 10, "abcdefghiz0123456789"),
            rstr(rng, 12, "0123456789abcdef"), rng.randint(1, 30), rng.randint(1000000000000, 9999999999999),
            rfc_date(plus(sent, 1), tz_hours=-8, pad=True, comment="PST")))
        auth = auth_results(d, d if prov == "gmail" else dom, d if prov == "gmail" else dom, bsig=bsig)
        return relay, ip, auth, lines, env_from, arrive
    if prov in ("yahoo", "aol"):
        pool = "bf2" if prov == "yahoo" else "ne1"
        relay = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (rng.randint(301, 330), rng.randint(20, 60), pool)
        ip = "98.137.%d.%d" % (rng.choice([64, 65, 68]), rng.randint(80, 250))
        lines.append(dkim_sig(rng, dom, "s2048" if prov == "yahoo" else "a2048",
                              "Date:From:To:In-Reply-To:References:Subject:From:Subject:Reply-To", sent, darn=False))
        lines.append("X-SONIC-DKIM-SIGN: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t=%d;\r\n"
                     "\tbh=%s;\r\n\th=X-Sonic-MF:Date:From:To:Subject:From:Subject;\r\n\tb=%s"
                     % (mk.epoch(sent), b64blob(rng, 32), b64blob(rng, 48)))
        lines.append("X-YMail-OSG: %s\r\n %s\r\n %s" % (rstr(rng, 70, mk.ALNUM + "._"), rstr(rng, 76, mk.ALNUM + "._"),
                                                       rstr(rng, 40, mk.ALNUM + "._")))
        lines.append("X-Sonic-MF: <%s>" % fa)
        lines.append("X-Sonic-ID: %s" % uuid4(rng))
        lines.append("Received: from sonic.gate.mail.ne1.yahoo.com by sonic%d.consmr.mail.%s.yahoo.com with HTTP; %s"
                     % (rng.randint(301, 330), pool, rfc_date(sent, tz_hours=0, pad=False)))
        auth = auth_results(dom, dom, dom, bsig=bsig, policy="reject")
        return relay, ip, auth, lines, env_from, arrive
    if prov in ("outlookcom", "m365"):
        srv = spec["_srv"]
        if prov == "outlookcom":
            relay = "mail-%s%s.outbound.protection.outlook.com" % (rng.choice(["dm6nam12olkn", "bn1nam07olkn",
                                                                               "co1nam11olkn", "mw2nam12olkn"]),
                                                                  rng.randint(2010, 2099))
            ip = "40.92.%d.%d" % (rng.randint(18, 45), rng.randint(2, 250))
            helo = rng.choice(["NAM12-DM6-obe.outbound.protection.outlook.com", "NAM10-BN7-obe.outbound.protection."
                                                                                "outlook.com"])
            d, s = dom, "selector1"
        else:
            relay = "mail-%s.outbound.protection.outlook.com" % rng.choice(["bn8nam12on2119", "dm5pr21cu001",
                                                                           "ch5pr02cu005", "sn4pr0501cu005"])
            ip = "40.107.%d.%d" % (rng.randint(90, 240), rng.randint(2, 250))
            helo = rng.choice(["BN8PR05CU002.outbound.protection.outlook.com", "CH1PR05CU001.outbound.protection."
                                                                               "outlook.com"])
            d, s = dom, "selector2"
        spec["_helo"] = helo
        lines.append("ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\r\n b=%s\r\n %s"
                     % (b64blob(rng, 60), b64blob(rng, 54)))
        lines.append("ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\r\n"
                     " s=arcselector10001;\r\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-"
                     "AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-"
                     "MessageData-1;\r\n bh=%s;\r\n b=%s" % (b64blob(rng, 32), b64blob(rng, 60)))
        lines.append("ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;\r\n dkim=none; "
                     "arc=none")
        lines.append(dkim_sig(rng, d, s, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-"
                                         "SenderADCheck", sent, darn=False))
        lines.append("Received: from %s.namprd%02d.prod.outlook.com (2603:10b6:%x:%x::%x) by\r\n %s.namprd%02d.prod."
                     "outlook.com (2603:10b6:%x:%x::%x) with Microsoft SMTP Server\r\n (version=TLS1_2, cipher="
                     "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8445.24; %s"
                     % (srv, 19 if prov == "outlookcom" else 17, rng.randint(256, 4095), rng.randint(16, 999),
                        rng.randint(1, 30), "%s%s" % (srv[:5], rhex(rng, 7, True)), 19 if prov == "outlookcom" else 17,
                        rng.randint(256, 4095), rng.randint(16, 999), rng.randint(1, 30),
                        rfc_date(plus(sent, 1), tz_hours=0)))
        auth = auth_results(d, dom, dom, bsig=bsig, policy="none" if prov == "m365" else "quarantine")
        return relay, ip, auth, lines, env_from, arrive
    if prov == "icloud":
        relay = "st43p00im-ztdg1006%04d.me.com" % rng.randint(1000, 9999)
        ip = "17.58.63.%d" % rng.randint(170, 190)
        lines.append(dkim_sig(rng, "icloud.com", "1a1hai", "Content-Type:Mime-Version:Subject:Message-Id:Date:To:From",
                              sent, darn=False))
        lines.append("Received: from smtpclient.apple (st43p00im-qukt10061102.me.com [17.58.63.179])\r\n\tby %s "
                     "(Postfix) with ESMTPSA id %s\r\n\tfor <%s>; %s" % (relay, rhex(rng, 10, True),
                                                                        spec["to"][0][1], rfc_date(sent, 0, comment="UTC")))
        lines.append("X-Proofpoint-ORIG-GUID: %s" % rstr(rng, 32, mk.ALNUM + "-_"))
        lines.append("X-Proofpoint-GUID: %s" % rstr(rng, 32, mk.ALNUM + "-_"))
        lines.append("X-Proofpoint-Virus-Version: vendor=baseguard\r\n engine=ICAP:2.0.293,Aquarius:18.0.1093,"
                     "Hydra:6.0.680,FMLib:17.12.68.34\r\n definitions=2027-01-30_02,2027-01-29_01,2027-01-30_01 "
                     "signatures=0")
        lines.append("X-Proofpoint-Spam-Details: rule=notspam policy=default score=0 mlxscore=0 phishscore=0\r\n "
                     "malwarescore=0 spamscore=0 bulkscore=0 adultscore=0 clxscore=1030 suspectscore=0\r\n "
                     "mlxlogscore=%d classifier=spam adjust=0 reason=mlx scancount=1\r\n engine=8.19.0-2308100000 "
                     "definitions=main-2702010%03d" % (rng.randint(500, 999), rng.randint(100, 999)))
        auth = auth_results("icloud.com", "icloud.com", "icloud.com", bsig=bsig, policy="quarantine")
        return relay, ip, auth, lines, env_from, arrive
    if prov == "comcast":
        relay = "resqmta-a1p-0%d.sys.comcast.net" % rng.randint(77000, 77999)
        ip = "96.103.146.%d" % rng.randint(10, 250)
        lines.append(dkim_sig(rng, "comcast.net", "20190202a", "Received:Received:Date:From:To:Message-ID:Subject:"
                                                             "MIME-Version:Content-Type", sent, darn=False))
        lines.append("Received: from resomta-a1p-0%d.sys.comcast.net ([96.103.145.%d])\r\n\tby %s with ESMTPS\r\n\t"
                     "id %s; %s" % (rng.randint(77000, 77999), rng.randint(10, 250), relay, rstr(rng, 14),
                                    rfc_date(sent, 0, pad=False, comment="UTC")))
        lines.append("X-Xfinity-VAAS: gggruggvucftvghtrhhoucdtuddrgeeftddrvdeigdefhecutefuodetggdotefrodftvfcurfhr")
        lines.append("X-Xfinity-VMeta: sc=0.00;st=legit")
        auth = auth_results("comcast.net", "comcast.net", "comcast.net", bsig=bsig)
        return relay, ip, auth, lines, env_from, arrive
    if prov == "proton":
        relay = "mail-%d.protonmail.ch" % rng.choice([4316, 4317, 4322, 10628])
        ip = "185.70.43.%d" % rng.randint(16, 30)
        lines.append(dkim_sig(rng, "proton.me", "protonmail3", "Date:To:From:Subject:Message-ID:In-Reply-To:"
                                                             "References:Feedback-ID:From:To:Cc:Date:Subject:Reply-To:"
                                                             "Feedback-ID:Message-ID:BIMI-Selector", sent, darn=False))
        auth = auth_results("proton.me", "proton.me", "proton.me", bsig=bsig, policy="quarantine")
        return relay, ip, auth, lines, env_from, arrive
    if prov == "fastmail":
        relay = "fout-a%d-smtp.messagingengine.com" % rng.randint(1, 8)
        ip = "103.168.172.%d" % rng.randint(140, 160)
        lines.append(dkim_sig(rng, dom, "fm3", "cc:content-type:content-type:date:date:from:from:in-reply-to:"
                                              "message-id:mime-version:references:reply-to:subject:subject:to:to",
                              sent, darn=False))
        lines.append(dkim_sig(rng, "messagingengine.com", "fm3", "cc:content-type:content-type:date:date:feedback-id:"
                                                                "from:from:in-reply-to:message-id:mime-version:"
                                                                "references:subject:subject:to:to:x-me-proxy:"
                                                                "x-me-sender", sent, darn=False))
        lines.append("X-ME-Sender: <xms:%s>" % rstr(rng, 40, mk.ALNUM + "-_"))
        lines.append("Feedback-ID: i%s:Fastmail" % rhex(rng, 8))
        auth = auth_results(dom, dom, dom, bsig=bsig, extra_dkim=("messagingengine.com", rstr(rng, 8)))
        return relay, ip, auth, lines, env_from, arrive
    if prov == "smallisp":
        relay = spec.get("relay", "smtp.%s" % dom)
        ip = spec.get("relay_ip", "66.%d.%d.%d" % (rng.randint(40, 250), rng.randint(0, 250), rng.randint(2, 250)))
        if spec.get("dkim", True):
            lines.append(dkim_sig(rng, dom, "default", "Date:From:To:Subject:In-Reply-To:References:Message-ID:"
                                                       "MIME-Version:Content-Type", sent, darn=False))
        lines.append("Received: from [192.168.%d.%d] (%s [%s])\r\n\t(Authenticated sender: %s)\r\n\tby %s (Postfix) "
                     "with ESMTPSA id %s\r\n\tfor <%s>; %s" % (
                         rng.randint(0, 2), rng.randint(2, 200), spec.get("client_rdns", "unknown"),
                         spec.get("client_ip", "72.%d.%d.%d" % (rng.randint(10, 250), rng.randint(0, 250),
                                                                  rng.randint(2, 250))), fa, relay, rhex(rng, 10, True),
                         spec["to"][0][1], rfc_date(sent, pad=False, comment="CST")))
        auth = auth_results(dom if spec.get("dkim", True) else None, dom, dom if spec.get("dkim", True) else None,
                            bsig=bsig)
        return relay, ip, auth, lines, env_from, arrive
    raise ValueError(prov)


# ------------------------------------------------------------------ client headers
def refs_for(spec):
    q = spec.get("quote")
    chain = list(spec.get("refs", []))
    if q is not None and q.msgid not in chain and not spec.get("no_irt"):
        chain.append(q.msgid)
    return chain


def client_headers(spec, rng, sent, msgid):
    c = spec["client"]
    fn, fa = spec["from"]
    fcs = spec.get("hdr_charset", "utf-8")
    frm = mk.addr(fn, fa, charset=fcs, mode=spec.get("hdr_mode", "B"))
    to = ", ".join(mk.addr(n, a) for n, a in spec["to"])
    cc = ", ".join(mk.addr(n, a) for n, a in spec.get("cc", []))
    subj = mk.ew(spec["subject"], fcs, spec.get("hdr_mode", "B")) if spec["subject"] else ""
    refs = refs_for(spec)
    irt = refs[-1] if refs and not spec.get("no_irt") else None
    rt = mk.addr(*spec["reply_to"]) if spec.get("reply_to") else None
    H = []

    def ref_lines():
        out = []
        if refs:
            out.append(mk.fold("References", " ".join(refs)))
        if irt:
            out.append("In-Reply-To: %s" % irt)
        return out

    if c.startswith("gmail"):
        H.append("MIME-Version: 1.0")
        H += ref_lines()
        H.append("From: %s" % frm)
        H.append("Date: %s" % rfc_date(sent))
        H.append("X-Gm-Features: AQ%s" % rstr(rng, 58, mk.ALNUM + "-_"))
        H.append("Message-ID: %s" % msgid)
        H.append(mk.fold("Subject", subj))
        H.append(mk.fold("To", to))
        if cc:
            H.append(mk.fold("Cc", cc))
        if rt:
            H.append("Reply-To: %s" % rt)
    elif c in ("iphone", "iphone_es", "ipad"):
        H.append(mk.fold("From", frm))
        H.append("Mime-Version: 1.0 (1.0)")
        H.append("Date: %s" % rfc_date(sent))
        H.append(mk.fold("Subject", subj))
        H.append("Message-Id: %s" % msgid)
        H += [x for x in ref_lines()]
        H.append(mk.fold("Cc", cc)) if cc else None
        H.append(mk.fold("To", to))
        H.append("X-Mailer: %s" % ("iPad Mail (22D72)" if c == "ipad" else rng.choice(["iPhone Mail (22D72)",
                                                                                      "iPhone Mail (22C161)",
                                                                                      "iPhone Mail (21H16)"])))
    elif c == "apple_mac":
        H.append(mk.fold("From", frm))
        H.append("Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))")
        H.append(mk.fold("Subject", subj))
        H.append("Date: %s" % rfc_date(sent))
        H += ref_lines()
        H.append(mk.fold("To", to))
        H.append("Message-Id: %s" % msgid)
        H.append("X-Mailer: Apple Mail (2.3826.400.131.1.6)")
    elif c in ("outlook", "owa", "owa_es"):
        H.append(mk.fold("From", frm))
        H.append(mk.fold("To", to))
        if cc:
            H.append(mk.fold("Cc", cc))
        if rt:
            H.append("Reply-To: %s" % rt)
        H.append(mk.fold("Subject", subj))
        H.append(mk.fold("Thread-Topic", mk.ew(spec["subject"].split(": ", 1)[-1] if spec["subject"].lower().startswith(
            ("re:", "fw:", "fwd:", "rv:")) else spec["subject"], fcs)))
        H.append("Thread-Index: %s" % ("AQH" + rstr(rng, 26, mk.ALNUM + "/+") + "=" if spec["prov"] != "smallisp"
                                       else "Adt" + rstr(rng, 25, mk.ALNUM + "/+") + "=="))
        H.append("Date: %s" % rfc_date(sent, tz_hours=0 if spec["prov"] in ("outlookcom", "m365") else -6))
        H.append("Message-ID: %s" % msgid)
        H += ref_lines()
        lang = "es-MX" if c == "owa_es" else "en-US"
        H.append("Accept-Language: %s, en-US" % lang if lang != "en-US" else "Accept-Language: en-US")
        H.append("Content-Language: %s" % lang)
        if spec["prov"] in ("outlookcom", "m365"):
            H.append("X-MS-Has-Attach: %s" % ("yes" if spec.get("attach") else ""))
            H.append("X-MS-TNEF-Correlator:")
            if spec["prov"] == "outlookcom":
                H.append("x-ms-exchange-messagesentrepresentingtype: 1")
                H.append("x-tmn: [%s]" % rstr(rng, 32, mk.ALNUM + "/+"))
            H.append("x-ms-publictraffictype: Email")
            H.append("x-ms-traffictypediagnostic: %s:EE_|%s:EE_" % (spec["_srv"], spec["_srv"][:5] + rhex(rng, 7, True)))
            H.append("x-microsoft-antispam: BCL:0;ARA:14566002|8060799006|19110799003|15080799006|461199028;")
            if spec["prov"] == "outlookcom":
                H.append("X-OriginatorOrg: sct-15-20-7719-19-msonline-outlook-%s.templateTenant" % rhex(rng, 5))
            else:
                H.append("X-OriginatorOrg: %s" % spec["from"][1].split("@")[1])
        else:
            H.append("X-Mailer: Microsoft Outlook 16.0")
        H.append("MIME-Version: 1.0")
    elif c in ("yahoo", "yahoo_android", "aol"):
        H.append("Date: %s" % rfc_date(sent, tz_hours=0, comment="UTC"))
        H.append(mk.fold("From", frm))
        if rt:
            H.append("Reply-To: %s" % rt)
        H.append(mk.fold("To", to))
        if cc:
            H.append(mk.fold("Cc", cc))
        H.append("Message-ID: %s" % msgid)
        H += [x for x in reversed(ref_lines())]
        H.append(mk.fold("Subject", subj))
        H.append("MIME-Version: 1.0")
        mailer = {"yahoo": "WebService/1.1.23187 YMailNorrin", "yahoo_android": "WebService/1.1.23187 "
                  "YMailAndroidMobile", "aol": "WebService/1.1.23187 AolMailNorrin"}[c]
        spec["_trailer"] = ["X-Mailer: %s" % mailer]
    elif c == "samsung":
        H.append("Message-ID: %s" % msgid)
        H.append("Date: %s" % rfc_date(sent, pad=False))
        H.append(mk.fold("Subject", subj))
        H.append("Importance: normal")
        H.append(mk.fold("From", frm))
        H.append(mk.fold("To", to))
        H += ref_lines()
        H.append("MIME-Version: 1.0")
    elif c == "ox":
        H.append("Date: %s" % rfc_date(sent, pad=False, comment="CST"))
        H.append(mk.fold("From", frm))
        H.append(mk.fold("To", to))
        H.append("Message-ID: %s" % msgid)
        H += [x for x in reversed(ref_lines())]
        H.append(mk.fold("Subject", subj))
        H.append("MIME-Version: 1.0")
        spec["_trailer"] = ["X-Priority: 3", "Importance: Normal", "X-Mailer: Open-Xchange Mailer v7.10.6-Rev63",
                            "X-Originating-Client: open-xchange-appsuite"]
    elif c == "proton":
        H.append("Date: %s" % rfc_date(sent, tz_hours=0, pad=True))
        H.append(mk.fold("To", to))
        H.append(mk.fold("From", frm))
        H.append(mk.fold("Subject", subj))
        H.append("Message-ID: %s" % msgid)
        H += [x for x in reversed(ref_lines())]
        H.append("Feedback-ID: %s:user:proton" % rstr(rng, 40, mk.ALNUM + "_-=="))
        H.append("X-Pm-Message-ID: %s" % rhex(rng, 40))
        H.append("MIME-Version: 1.0")
    elif c == "fastmail":
        H.append("MIME-Version: 1.0")
        H.append("Message-Id: %s" % msgid)
        H += [x for x in reversed(ref_lines())]
        H.append("Date: %s" % rfc_date(sent, pad=True))
        H.append(mk.fold("From", mk.addr(fn, fa, quote=True)))
        H.append(mk.fold("To", to))
        H.append(mk.fold("Subject", subj))
        H.append("User-Agent: Cyrus-JMAP/3.13.0-alpha0-1016-g8cf2ab0-fm-20270126.001-g8cf2ab08")
    elif c in ("thunderbird", "bare"):
        H.append("Message-ID: %s" % msgid)
        H.append("Date: %s" % rfc_date(sent, pad=False))
        H.append("MIME-Version: 1.0")
        H.append("User-Agent: %s" % spec.get("ua", "Mozilla Thunderbird"))
        H.append("Content-Language: en-US")
        H.append(mk.fold("To", to))
        if cc:
            H.append(mk.fold("Cc", cc))
        H += [x for x in reversed(ref_lines())]
        H.append(mk.fold("From", frm))
        H.append(mk.fold("Subject", subj))
    elif c == "roundcube":
        H.append("MIME-Version: 1.0")
        H.append("Date: %s" % rfc_date(sent, pad=True))
        H.append(mk.fold("From", frm))
        H.append(mk.fold("To", to))
        H.append(mk.fold("Subject", subj))
        H += [x for x in reversed(ref_lines())]
        H.append("Message-ID: %s" % msgid)
        H.append("X-Sender: %s" % fa)
        H.append("User-Agent: Roundcube Webmail/1.6.9")
    else:
        raise ValueError(c)
    if spec.get("extra_headers"):
        H += spec["extra_headers"]
    return H


# ------------------------------------------------------------------ MIME root
def build_root(spec, rng, plain, html):
    c = spec["client"]
    cs = spec.get("charset", "utf-8")
    ascii_only = all(ord(ch) < 128 for ch in plain + (html or ""))
    cte = spec.get("cte") or ("7bit" if ascii_only and c.startswith("gmail") else "quoted-printable")
    if c.startswith("gmail"):
        b = "000000000000" + rhex(rng, 16)
        pcs = "UTF-8" if cs == "utf-8" else cs
        parts = [mk.text_part(plain, "plain", pcs, cte), mk.text_part(html, "html", pcs, cte)] if html else None
        if parts and cte == "7bit":
            for p in parts:
                p.headers = [p.headers[0]]   # gmail omits CTE for 7bit parts
        if not html:
            p = mk.text_part(plain, "plain", pcs, cte)
            if cte == "7bit":
                p.headers = [p.headers[0]]
            root = p
        else:
            root = mk.multipart("alternative", b, parts)
    elif c in ("iphone", "iphone_es", "ipad") or c in ("thunderbird", "bare", "roundcube") or (c == "fastmail" and not html):
        extra = "; format=flowed" if c in ("thunderbird", "roundcube") else ""
        if c in ("thunderbird", "roundcube", "bare") and ascii_only and not spec.get("cte"):
            cte = "7bit"
        if c in ("iphone", "iphone_es", "ipad"):
            root = mk.text_part(plain, "plain", cs, cte, order="nq")
        else:
            root = mk.text_part(plain, "plain", cs.upper() if c == "thunderbird" else cs, cte, extra_ct=extra,
                                order="nq" if c == "roundcube" else "ct-first")
    else:
        if c in ("outlook", "owa", "owa_es"):
            b = "_000_%s_" % (spec["_srv"] + rhex(rng, 20, True) + spec["_srv"][:4].lower()) if spec["prov"] in (
                "outlookcom", "m365") else "----=_NextPart_000_%04X_01DB%s.%s" % (rng.randint(1, 99), rhex(rng, 4, True),
                                                                                 rhex(rng, 8, True))
            pcs = cs
        elif c in ("yahoo", "yahoo_android", "aol", "ox"):
            b = "----=_Part_%d_%d.%d" % (rng.randint(100000, 9999999), rng.randint(100000000, 999999999),
                                         mk.epoch(mk.t(spec["when"])) * 1000 + rng.randint(0, 999))
            pcs = "UTF-8"
        elif c == "samsung":
            b = "--_com.samsung.android.email_%d%d" % (rng.randint(10 ** 9, 10 ** 10), rng.randint(10 ** 5, 10 ** 6))
            pcs = "UTF-8"
        elif c == "proton":
            b = "b1=_%s" % rstr(rng, 42)
            pcs = "utf-8"
        elif c == "apple_mac":
            b = "Apple-Mail=_%s" % uuid4(rng, upper=True)
            pcs = "utf-8"
        elif c == "fastmail":
            b = rhex(rng, 32)
            pcs = "utf-8"
        else:
            raise ValueError(c)
        if html is None:
            root = mk.text_part(plain, "plain", pcs, cte)
        else:
            hcte = "quoted-printable" if cte in ("7bit", "quoted-printable") else cte
            if c == "samsung":
                hcte = "base64"
            root = mk.multipart("alternative", b, [mk.text_part(plain, "plain", pcs, cte),
                                                   mk.text_part(html, "html", pcs, hcte)])
    if spec.get("attach"):
        att_parts = []
        for (fname, ctype, data) in spec["attach"]:
            p = mk.Part(["Content-Type: %s; name=\"%s\"" % (ctype, fname),
                         "Content-Disposition: attachment; filename=\"%s\"" % fname,
                         "Content-Transfer-Encoding: base64"], mk.enc_b64_bytes(data))
            att_parts.append(p)
        mb = ("Apple-Mail-%s" % uuid4(rng, upper=True)) if c.startswith("iphone") else ("000000000000" + rhex(rng, 16))
        root = mk.multipart("mixed", mb, [root] + att_parts)
    return root


def render_human(spec):
    rng = mk.rng_for(spec["key"])
    spec["_rng"] = rng
    sent = mk.t(spec["when"])
    if spec["prov"] in ("outlookcom", "m365"):
        spec["_srv"] = rng.choice(["SJ0PR19MB", "PH7PR19MB", "DM6PR19MB", "BN0PR19MB", "CH3PR17MB", "MN2PR17MB",
                                   "IA1PR17MB"]) + "%04d" % rng.randint(1000, 9999)
    plain, html = compose(spec)
    msgid = client_msgid(spec, rng)
    spec["_msgid"] = msgid
    relay, ip, auth, plines, env_from, arrive = provider(spec, rng, sent, msgid)
    mailbox = spec["mailbox"]
    tr = mk.trace(rng, mailbox, env_from, arrive, relay, ip, helo=spec.get("_helo"), auth=auth)
    ch = client_headers(spec, rng, sent, msgid)
    root = build_root(spec, rng, plain, html)
    if spec.get("_trailer"):
        root.headers = root.headers + spec["_trailer"]
    return mk.message_bytes(tr + plines + ch, root), plain, html
