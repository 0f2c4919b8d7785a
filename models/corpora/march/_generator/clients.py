"""How each mail program writes a message: headers, quoting, MIME structure."""
import datetime as dt
import html as H
from lib import (h, hnum, when, rfcdate, utcdate, addr, ehdr, text_part, multipart, render,
                 to_html, html_block, attachment, is_ascii, Part)
from ours import ours, CC, PHC

MB = {"cc": CC, "phc": PHC}
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_DAYS3 = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
ES_MON = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
          "octubre", "noviembre", "diciembre"]


def t12(d):
    return d.strftime("%I:%M %p").lstrip("0")


def attribution(style, o):
    d = o["date"]
    who = "%s <%s>" % (o["name"], o["frm"])
    if style in ("gmail", "android"):
        return "On %s, %s %d, %d at %s %s wrote:" % (d.strftime("%a"), d.strftime("%b"), d.day, d.year, t12(d), who)
    if style == "gmail_es":
        return "El %s, %d %s %d a las %s, %s (<%s>) escribió:" % (
            ES_DAYS3[d.weekday()], d.day, ES_MON[d.month - 1][:3], d.year, d.strftime("%H:%M"), o["name"], o["frm"])
    if style in ("apple", "iphone"):
        return "On %s %d, %d, at %s, %s wrote:" % (d.strftime("%b"), d.day, d.year, t12(d), who)
    if style == "iphone_es":
        return "El %d %s %d, a las %s, %s escribió:" % (d.day, ES_MON[d.month - 1][:3], d.year, d.strftime("%H:%M"), who)
    if style == "yahoo":
        return "On %s, %s %d, %d at %s CST, %s wrote:" % (d.strftime("%A"), d.strftime("%B"), d.day, d.year,
                                                          d.strftime("%I:%M:%S %p"), who)
    if style == "yahoo_es":
        return "El %s, %d de %s de %d, %s CST, %s escribió:" % (ES_DAYS[d.weekday()], d.day, ES_MON[d.month - 1],
                                                                d.year, d.strftime("%H:%M:%S"), who)
    if style == "thunderbird":
        return "On %d/%d/%s %s, %s wrote:" % (d.month, d.day, d.strftime("%y"), t12(d), o["name"])
    raise KeyError(style)


def quote_plain(style, o, me_name, me_addr):
    t = o["text"]
    if style in ("outlook", "outlook_es"):
        d = o["date"]
        if style == "outlook":
            hdr = ("________________________________\nFrom: %s <%s>\nSent: %s, %s %d, %d %s\nTo: %s\nSubject: %s" %
                   (o["name"], o["frm"], d.strftime("%A"), d.strftime("%B"), d.day, d.year, t12(d),
                    me_name or me_addr, o["subject"]))
        else:
            hdr = ("________________________________\nDe: %s <%s>\nEnviado: %s, %d de %s de %d %s\nPara: %s\nAsunto: %s" %
                   (o["name"], o["frm"], ES_DAYS[d.weekday()], d.day, ES_MON[d.month - 1], d.year,
                    d.strftime("%H:%M"), me_name or me_addr, o["subject"]))
        return hdr + "\n\n" + t
    if style == "aol":
        d = o["date"]
        return ("-----Original Message-----\nFrom: %s <%s>\nTo: %s\nSent: %s\nSubject: %s\n\n%s" %
                (o["name"], o["frm"], me_addr, d.strftime("%a, %b %d, %Y %I:%M %p").replace(" 0", " "), o["subject"], t))
    att = attribution(style, o)
    if style in ("yahoo", "yahoo_es"):
        return att + "\n\n\n" + t
    q = "\n".join(("> " + l) if l else ">" for l in t.split("\n"))
    if style in ("iphone", "iphone_es"):
        return "> " + att + "\n> \n" + q
    return att + "\n\n" + q


def quote_html(style, o):
    if style in ("outlook", "outlook_es"):
        return "<hr><div>" + html_block(quote_plain(style, o, "", "").split("\n", 1)[1]) + "</div>"
    att = attribution(style, o) if style not in ("aol",) else "-----Original Message-----"
    return ('<br><div class="gmail_quote"><div class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
            'padding-left:1ex">%s</blockquote></div>' % (H.escape(att), html_block(o["text"])))


CLIENTS = {
    # style, host for Received, mime structure
    "gmail": dict(style="gmail", mime="alt_gmail", ua=None),
    "gmail_es": dict(style="gmail_es", mime="alt_gmail", ua=None),
    "android": dict(style="android", mime="alt_gmail", ua=None, foot="Sent from my Android"),
    "android_es": dict(style="gmail_es", mime="plain_b64", ua=None, foot="Enviado desde mi Galaxy"),
    "outlook": dict(style="outlook", mime="alt_outlook", ua=None),
    "outlook_es": dict(style="outlook_es", mime="alt_outlook", ua=None),
    "outlook_app": dict(style="outlook", mime="alt_outlook", ua=None, foot="Get Outlook for iOS"),
    "apple": dict(style="apple", mime="plain_qp", ua="Apple Mail (2.3826.300.87.4.3)"),
    "apple_alt": dict(style="apple", mime="alt_apple", ua="Apple Mail (2.3826.300.87.4.3)"),
    "iphone": dict(style="iphone", mime="plain_iphone", ua="iPhone Mail (22D72)", foot="Sent from my iPhone"),
    "iphone_es": dict(style="iphone_es", mime="plain_iphone", ua="iPhone Mail (22D72)", foot="Enviado desde mi iPhone"),
    "yahoo": dict(style="yahoo", mime="alt_yahoo", ua="WebService/1.1.23187 YMailNorrin"),
    "yahoo_android": dict(style="yahoo", mime="alt_yahoo", ua="WebService/1.1.23187 YMailAndroidMobile",
                          foot="Sent from Yahoo Mail on Android"),
    "yahoo_es": dict(style="yahoo_es", mime="alt_yahoo", ua="WebService/1.1.23187 YMailNorrin"),
    "aol": dict(style="aol", mime="alt_yahoo", ua="WebService/1.1.23187 AolMailNorrin"),
    "aol_app": dict(style="aol", mime="alt_yahoo", ua="WebService/1.1.23187 AolMailAndroidMobile",
                    foot="Sent from the all new AOL app for Android"),
    "thunderbird": dict(style="thunderbird", mime="plain_flowed", ua="Mozilla Thunderbird"),
    "webform": dict(style="gmail", mime="plain_web", ua="AE-WebForms/3.1"),
    "bot": dict(style="gmail", mime="plain_web", ua=None),
}

RELAYS = {
    "gmail.com": ("mail-%s.google.com", "209.85.%d.%d", "Google"),
    "outlook.com": ("%s.outbound.protection.outlook.com", "40.92.%d.%d", "MS"),
    "hotmail.com": ("%s.outbound.protection.outlook.com", "40.92.%d.%d", "MS"),
    "icloud.com": ("st43p00im-%s.me.com", "17.58.%d.%d", "Apple"),
    "me.com": ("st43p00im-%s.me.com", "17.58.%d.%d", "Apple"),
    "yahoo.com": ("sonic%s-22.consmr.mail.bf2.yahoo.com", "74.6.%d.%d", "Yahoo"),
    "aol.com": ("sonic%s-1.consmr.mail.ne1.yahoo.com", "66.163.%d.%d", "Yahoo"),
}


def relay_for(client, domain, seed):
    if domain in RELAYS:
        host, ip, kind = RELAYS[domain]
    elif client.startswith("gmail") or client.startswith("android"):
        host, ip, kind = RELAYS["gmail.com"]
    elif client.startswith("outlook"):
        host, ip, kind = RELAYS["outlook.com"]
    elif client.startswith("iphone") or client.startswith("apple"):
        host, ip, kind = ("smtp.%s" % domain, "%d.%d.%%d.%%d" % (hnum(domain, 24, 199), hnum(domain + "x", 1, 250)), "ISP")
    else:
        host, ip, kind = ("smtp.%s" % domain, "%d.%d.%%d.%%d" % (hnum(domain, 24, 199), hnum(domain + "x", 1, 250)), "ISP")
    tag = h(seed, 6) if "%s" in host else None
    if kind == "Google":
        tag = "%s-f%d" % (["yw1", "pl1", "ej1", "qt1", "oi1", "lf1", "vs1", "io1"][hnum(seed, 0, 7)], hnum(seed + "f", 41, 199))
    host = host % tag if tag else host
    ip = ip % (hnum(seed + "1", 1, 254), hnum(seed + "2", 1, 254))
    return host, ip, kind


def received(client, frm_addr, to_addr, d, seed):
    dom = frm_addr.split("@")[1].lower()
    if client == "bot":
        return [("Received", "from out-%d.mta.inboxsweep.example (out-%d.mta.inboxsweep.example [%s])\n\tby mx1.alliant-energy.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" %
                 (hnum(seed, 1, 9), hnum(seed, 1, 9), "198.51.100.%d" % hnum(seed, 2, 250), h(seed + "q", 11).upper(), to_addr, rfcdate(d + dt.timedelta(seconds=2))))]
    if client == "webform":
        return [("Received", "from web04.dmz.alliant-energy.com (web04.dmz.alliant-energy.com [10.40.12.14])\n\tby mx1.alliant-energy.com (Postfix) with ESMTP id %s\n\tfor <%s>; %s" %
                 (h(seed + "q", 11).upper(), to_addr, rfcdate(d + dt.timedelta(seconds=3))))]
    host, ip, kind = relay_for(client, dom, seed)
    qid = h(seed + "q", 11).upper()
    mx = "mx%d.alliant-energy.com" % hnum(seed, 1, 2)
    rs = [("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" %
           (host, host, ip, mx, qid, to_addr, rfcdate(d + dt.timedelta(seconds=hnum(seed, 2, 40)))))]
    if kind == "Google":
        rs.append(("Received", "by %s with SMTP id %s-%ssm%d.%d\n\tfor <%s>; %s" %
                   (host, h(seed + "g", 13), h(seed + "gg", 10), hnum(seed, 1000000, 9999999), hnum(seed, 10, 99), to_addr,
                    rfcdate(d, dt.timezone(dt.timedelta(hours=-8))))))
    elif kind == "MS":
        rs.append(("Received", "from %s.namprd%02d.prod.outlook.com\n\t([fe80::%s]) by %s.namprd%02d.prod.outlook.com\n\t"
                   "with mapi id 15.20.%d.%03d; %s" % (h(seed + "a", 12).upper(), hnum(seed, 2, 19), h(seed + "b", 4),
                                                       h(seed + "c", 12).upper(), hnum(seed, 2, 19),
                                                       hnum(seed, 8400, 8700), hnum(seed, 0, 40), utcdate(d))))
    elif kind == "Yahoo":
        rs.append(("Received", "from %s by %s with HTTP; %s" % ("10.197.%d.%d" % (hnum(seed, 1, 250), hnum(seed + "y", 1, 250)),
                                                                host, utcdate(d))))
    elif kind == "Apple":
        rs.append(("Received", "from smtpclient.apple (unknown [%s])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s" %
                   ("172.%d.%d.%d" % (hnum(seed, 56, 60), hnum(seed + "i", 1, 250), hnum(seed + "j", 1, 250)), host,
                    h(seed + "p", 12).upper(), to_addr, utcdate(d))))
    else:
        rs.append(("Received", "from [192.168.%d.%d] (c-%s.hsd1.isp.net [%s])\n\tby %s with ESMTPSA; %s" %
                   (hnum(seed, 0, 2), hnum(seed + "l", 2, 200), ip.replace(".", "-"), ip, host, rfcdate(d))))
    return rs


def msgid(client, frm_addr, d, seed):
    dom = frm_addr.split("@")[1]
    if client.startswith("gmail") or client.startswith("android"):
        return "<CA%s+%s=%s@mail.gmail.com>" % (h(seed + "1", 10).upper(), h(seed + "2", 16), h(seed + "3", 8).upper())
    if client.startswith("outlook"):
        return "<%s%s@%s.namprd%02d.prod.outlook.com>" % ("BN8PR" if hnum(seed, 0, 1) else "CH3PR",
                                                             h(seed, 12).upper(), h(seed + "m", 6).upper(), hnum(seed, 2, 19))
    if client.startswith("apple") or client.startswith("iphone"):
        u = h(seed + "u", 32).upper()
        return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:], dom)
    if client.startswith("yahoo") or client.startswith("aol"):
        return "<%d.%d.%d@mail.yahoo.com>" % (hnum(seed, 100000000, 999999999), hnum(seed + "y", 100000, 999999),
                                              int(d.timestamp()) * 1000 + hnum(seed, 0, 999))
    return "<%s-%s@%s>" % (h(seed + "t", 8), h(seed + "tb", 8), dom)


def person_message(s):
    c = CLIENTS[s["client"]]
    style = c["style"]
    seed = s["id"]
    name, fa = s["frm"]
    to_addr = s.get("to", MB[s["mb"]])
    d = when(s["date"])
    o = None
    if s.get("reply"):
        o = ours(s["reply"], fa, **s.get("ours_kw", {}))
    subj = s.get("subj")
    if subj is None:
        pre = "RE: " if style in ("outlook", "outlook_es") else "Re: "
        base = o["subject"]
        if base.startswith("Re: "):
            base = base[4:]
        subj = pre + base
    new = s["body"].strip("\n")
    foot = s.get("foot", c.get("foot"))
    plain = new
    if foot:
        plain += "\n\n" + foot
    if o:
        q = quote_plain(style, o, name, fa)
        plain = plain + "\n\n" + q
    hs = [("Return-Path", "<%s>" % fa), ("Delivered-To", to_addr)]
    hs += received(s["client"], fa, to_addr, d, seed)
    mid = s.get("mid") or msgid(s["client"], fa, d, seed)
    hs += [("MIME-Version", "1.0 (1.0)" if c["mime"] == "plain_iphone" else "1.0")]
    if s.get("pre_headers"):
        hs += s["pre_headers"]
    hs += [("Date", rfcdate(d)), ("From", addr(name, fa))]
    if s.get("reply_to"):
        hs.append(("Reply-To", s["reply_to"]))
    hs += [("To", s.get("to_hdr", to_addr)), ("Subject", ehdr(subj) if subj else "")]
    if o:
        hs.append(("In-Reply-To", o["mid"]))
        refs = o["mid"] if not o.get("orig_mid") else o["orig_mid"] + "\n " + o["mid"]
        hs.append(("References", refs))
    hs.append(("Message-ID", mid))
    if c.get("ua"):
        hs.append(("User-Agent" if "Thunderbird" in c["ua"] else "X-Mailer", c["ua"]))
    if s["client"].startswith("outlook"):
        hs += [("Thread-Topic", ehdr(subj.split(": ", 1)[-1]) if subj else ""),
               ("Thread-Index", "AQH" + h(seed + "ti", 20) + "=="),
               ("Content-Language", "es-US" if style == "outlook_es" else "en-US"),
               ("X-MS-Has-Attach", "yes" if s.get("attach") else ""),
               ("X-MS-TNEF-Correlator", "")]
    hs += s.get("extra", [])
    charset = s.get("charset", "utf-8" if not is_ascii(plain) else ("us-ascii" if c["mime"] in ("plain_iphone", "alt_outlook") else "utf-8"))
    cte = s.get("cte")
    m = c["mime"]
    if s.get("html") is False and m.startswith("alt"):
        m = "plain_qp"
    qh = quote_html(style, o) if o else ""
    newh = new + ("\n\n" + foot if foot else "")
    if m == "alt_gmail":
        b = "000000000000%s" % h(seed + "b", 12)
        body = multipart("alternative", [text_part(plain, charset="UTF-8", cte=cte),
                                         text_part(to_html(newh, qh, "gmail"), "html", "UTF-8", cte=cte)], b)
    elif m == "alt_outlook":
        b = "_000_%s_" % (mid.strip("<>").split("@")[0])
        hb = to_html(newh, qh, "outlook")
        body = multipart("alternative", [text_part(plain, charset=charset, cte=cte or "quoted-printable"),
                                         text_part(hb, "html", charset, cte=cte or "quoted-printable")], b)
    elif m == "alt_yahoo":
        b = "----=_Part_%d_%d.%d" % (hnum(seed, 100000, 9999999), hnum(seed + "z", 10000000, 999999999),
                                     int(d.timestamp()) * 1000 + 117)
        hb = to_html(newh, qh, "yahoo")
        body = multipart("alternative", [text_part(plain, charset="UTF-8", cte=cte or "quoted-printable"),
                                         text_part(hb, "html", "UTF-8", cte=cte or "quoted-printable")], b)
    elif m == "alt_apple":
        b = "Apple-Mail=_%s" % h(seed + "am", 32).upper()
        hb = to_html(newh, qh, "apple")
        body = multipart("alternative", [text_part(plain, charset="utf-8", cte=cte or "quoted-printable"),
                                         text_part(hb, "html", "utf-8", cte=cte or "quoted-printable")], b)
    elif m == "plain_web":
        body = text_part(plain, charset="us-ascii", cte="7bit")
    elif m == "plain_qp":
        body = text_part(plain, charset="utf-8", cte=cte or "quoted-printable")
    elif m == "plain_b64":
        body = text_part(plain, charset="UTF-8", cte=cte or "base64")
    elif m == "plain_iphone":
        body = text_part(plain, charset=charset, cte=cte)
    elif m == "plain_flowed":
        body = text_part(plain, charset=s.get("charset", "UTF-8"), cte=cte or ("7bit" if is_ascii(plain) else "8bit"),
                         params="; format=flowed")
        hs.append(("Content-Language", "en-US"))
    else:
        raise KeyError(m)
    if s.get("attach"):
        parts = [body] + [attachment(*a) for a in s["attach"]]
        bnd = "mixed_%s" % h(seed + "mx", 20)
        body = multipart("mixed", parts, bnd)
    return render(hs, body)
