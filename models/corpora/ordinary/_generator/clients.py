"""Mail programs: how each one writes headers, bodies and quotes, and how its mail reaches our MX."""
import base64
import datetime
import hashlib

import mime
from ours import CDT

MX = "mx1.alliant-energy.com"
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DIAS = ["lunes", "martes", "mi\u00e9rcoles", "jueves", "viernes", "s\u00e1bado", "domingo"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def h12(dt, secs=False):
    h = dt.hour % 12 or 12
    s = "%d:%02d" % (h, dt.minute)
    if secs:
        s += ":%02d" % dt.second
    return s + (" AM" if dt.hour < 12 else " PM")


def rhex(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def rb64(rng, n):
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(rng.choice(al) for _ in range(n))


def ralnum(rng, n, upper=False):
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" if upper else "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(rng.choice(al) for _ in range(n))


def uuid(rng, upper=True):
    h = rhex(rng, 32)
    s = "%s-%s-4%s-%s-%s" % (h[:8], h[8:12], h[13:16], "a" + h[17:20], h[20:32])
    return s.upper() if upper else s


# ---------------------------------------------------------------- quoting
def flowed(text, width=72):
    """RFC 3676 format=flowed: soft-wrap long lines with a trailing space, keeping quote prefixes."""
    out = []
    for line in text.split("\n"):
        q = len(line) - len(line.lstrip(">"))
        prefix = ">" * q
        body = line[q:]
        if q and body.startswith(" "):
            body = body[1:]
        lead = prefix + (" " if q else "")
        if len(lead + body) <= 78 or " " not in body:
            out.append(line)
            continue
        words = body.split(" ")
        cur = ""
        segs = []
        for w in words:
            if cur and len(lead) + len(cur) + len(w) + 1 > width:
                segs.append(cur + " ")
                cur = w
            else:
                cur = cur + " " + w if cur else w
        segs.append(cur)
        out.extend(lead + sg for sg in segs)
    return "\n".join(out)


def quote_block(style, ours, me):
    """Return (plain_quote, attribution_html, quoted_text) for a reply to `ours`."""
    dt = ours["date"]
    fa = "%s <%s>" % (ours["from_name"], ours["from_addr"])
    t = ours["text"]
    gt = "\n".join(("> " + l) if l else ">" for l in t.split("\n"))
    wd = dt.weekday()
    if style == "gmail":
        attr = "On %s, %s %d, %d at %s %s wrote:" % (DAYS[wd][:3], MONTHS[dt.month - 1][:3], dt.day, dt.year,
                                                     h12(dt), fa)
        return "\n\n%s\n\n%s\n" % (attr, gt), attr
    if style == "gmail_es":
        attr = "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribi\u00f3:" % (
            DIAS[wd][:3], dt.day, MESES[dt.month - 1][:3], dt.year, dt.hour, dt.minute, ours["from_name"],
            ours["from_addr"])
        return "\n\n%s\n\n%s\n" % (attr, gt), attr
    if style == "iphone":
        attr = "On %s %d, %d, at %s, %s wrote:" % (MONTHS[dt.month - 1][:3], dt.day, dt.year, h12(dt), fa)
        return "\n\n> %s\n> \n%s\n" % (attr, gt), attr
    if style == "iphone_es":
        attr = "El %d %s %d, a las %d:%02d, %s escribi\u00f3:" % (dt.day, MESES[dt.month - 1][:3], dt.year,
                                                                  dt.hour, dt.minute, fa)
        return "\n\n> %s\n> \n%s\n" % (attr, gt), attr
    if style == "apple":
        attr = "On %s %d, %d, at %s, %s wrote:" % (MONTHS[dt.month - 1][:3], dt.day, dt.year, h12(dt), fa)
        return "\n\n%s\n\n%s\n" % (attr, gt), attr
    if style == "outlook":
        attr = "From: %s \nSent: %s, %s %d, %d %s\nTo: %s\nSubject: %s" % (
            fa, DAYS[wd], MONTHS[dt.month - 1], dt.day, dt.year, h12(dt), me, ours["subject"])
        return "\n\n%s\n\n%s\n" % (attr, t), attr
    if style == "outlook_es":
        attr = "De: %s \nEnviado el: %s, %d de %s de %d %d:%02d\nPara: %s\nAsunto: %s" % (
            fa, DIAS[wd], dt.day, MESES[dt.month - 1], dt.year, dt.hour, dt.minute, me, ours["subject"])
        return "\n\n%s\n\n%s\n" % (attr, t), attr
    if style == "owa":
        attr = "From: %s\nSent: %s, %s %d, %d %s\nTo: %s <%s>\nSubject: %s" % (
            fa, DAYS[wd], MONTHS[dt.month - 1], dt.day, dt.year, h12(dt), me, me, ours["subject"])
        return "\n\n________________________________\n%s\n\n%s\n" % (attr, t), attr
    if style == "owa_es":
        attr = "De: %s\nEnviado: %s, %d de %s de %d %d:%02d\nPara: %s <%s>\nAsunto: %s" % (
            fa, DIAS[wd], dt.day, MESES[dt.month - 1], dt.year, dt.hour, dt.minute, me, me, ours["subject"])
        return "\n\n________________________________\n%s\n\n%s\n" % (attr, t), attr
    if style == "yahoo":
        attr = "On %s, %s %d, %d at %s CDT, %s wrote:" % (DAYS[wd], MONTHS[dt.month - 1], dt.day, dt.year,
                                                          h12(dt, True), fa)
        return "\n\n\n%s\n\n\n%s\n" % (attr, t), attr
    if style == "yahoo_es":
        attr = "El %s, %d de %s de %d, %d:%02d:%02d CDT, %s escribi\u00f3:" % (
            DIAS[wd], dt.day, MESES[dt.month - 1], dt.year, dt.hour, dt.minute, dt.second, fa)
        return "\n\n\n%s\n\n\n%s\n" % (attr, t), attr
    if style == "thunderbird":
        attr = "On %d/%d/%02d %s, %s wrote:" % (dt.month, dt.day, dt.year % 100, h12(dt), ours["from_name"])
        return "\n\n%s\n%s\n" % (attr, gt), attr
    if style == "zimbra":
        attr = ('----- Original Message -----\nFrom: "%s" <%s>\nTo: "%s" <%s>\nSent: %s, %s %d, %d %s\n'
                'Subject: %s' % (ours["from_name"], ours["from_addr"], me, me, DAYS[wd], MONTHS[dt.month - 1],
                                 dt.day, dt.year, h12(dt, True), ours["subject"]))
        return "\n\n%s\n\n%s\n" % (attr, gt), attr
    if style == "samsung":
        attr = ("-------- Original message --------\nFrom: %s \nDate: %d/%d/%02d %s (GMT-05:00) \nTo: %s \n"
                "Subject: %s " % (fa, dt.month, dt.day, dt.year % 100, h12(dt), me, ours["subject"]))
        return "\n\n\n\n%s\n\n%s\n" % (attr, t), attr
    raise ValueError(style)


# ---------------------------------------------------------------- profiles
PROFILES = {
    "gmail_web": dict(struct="alt", charset="UTF-8", quote="gmail", prefix="Re: ", prov="google"),
    "gmail_android": dict(struct="alt", charset="UTF-8", quote="gmail", prefix="Re: ", prov="google"),
    "gmail_es": dict(struct="alt", charset="UTF-8", quote="gmail_es", prefix="Re: ", prov="google"),
    "iphone": dict(struct="plain", charset="utf-8", quote="iphone", prefix="Re: ", prov="auto",
                   sig="Sent from my iPhone"),
    "iphone_es": dict(struct="plain", charset="utf-8", quote="iphone_es", prefix="Re: ", prov="auto",
                      sig="Enviado desde mi iPhone"),
    "apple_mail": dict(struct="plain", charset="utf-8", quote="apple", prefix="Re: ", prov="auto"),
    "outlook_desktop": dict(struct="alt", charset="us-ascii", quote="outlook", prefix="RE: ", prov="auto"),
    "outlook_es": dict(struct="alt", charset="iso-8859-1", quote="outlook_es", prefix="RE: ", prov="auto"),
    "outlook_com": dict(struct="alt", charset="iso-8859-1", quote="owa", prefix="Re: ", prov="outlook"),
    "outlook_com_es": dict(struct="alt", charset="iso-8859-1", quote="owa_es", prefix="RE: ", prov="outlook"),
    "yahoo": dict(struct="alt", charset="UTF-8", quote="yahoo", prefix="Re: ", prov="yahoo"),
    "yahoo_ios": dict(struct="alt", charset="UTF-8", quote="yahoo", prefix="Re: ", prov="yahoo",
                      sig="Sent from Yahoo Mail for iPhone"),
    "yahoo_es": dict(struct="alt", charset="UTF-8", quote="yahoo_es", prefix="Re: ", prov="yahoo"),
    "aol": dict(struct="alt", charset="UTF-8", quote="yahoo", prefix="Re: ", prov="yahoo"),
    "thunderbird": dict(struct="plain", charset="UTF-8", quote="thunderbird", prefix="Re: ", prov="auto"),
    "zimbra": dict(struct="alt", charset="utf-8", quote="zimbra", prefix="Re: ", prov="comcast"),
    "samsung": dict(struct="alt", charset="UTF-8", quote="samsung", prefix="Re: ", prov="auto",
                    sig="Sent from my Galaxy"),
}

PROGRAM_NAMES = {
    "gmail_web": "Gmail (web)", "gmail_android": "Gmail (Android)", "gmail_es": "Gmail (web, Spanish UI)",
    "iphone": "iPhone Mail", "iphone_es": "iPhone Mail (Spanish)", "apple_mail": "Apple Mail (macOS)",
    "outlook_desktop": "Outlook 16 (Windows)", "outlook_es": "Outlook 16 (Windows, Spanish)",
    "outlook_com": "Outlook.com web", "outlook_com_es": "Outlook.com web (Spanish)", "yahoo": "Yahoo Mail web",
    "yahoo_ios": "Yahoo Mail iOS", "yahoo_es": "Yahoo Mail web (Spanish)", "aol": "AOL Mail web",
    "thunderbird": "Thunderbird", "zimbra": "Xfinity Connect (Zimbra)", "samsung": "Samsung Email",
    "webform": "alliantenergy.com web form",
}


def provider_of(address, client):
    dom = address.split("@")[1].lower()
    if dom in ("gmail.com", "googlemail.com"):
        return "google"
    if dom in ("yahoo.com", "aol.com", "ymail.com", "rocketmail.com"):
        return "yahoo"
    if dom in ("outlook.com", "hotmail.com", "live.com", "msn.com"):
        return "outlook"
    if dom in ("icloud.com", "me.com", "mac.com"):
        return "apple"
    if dom == "comcast.net":
        return "comcast"
    if dom in ("fastmail.com", "fastmail.fm"):
        return "fastmail"
    if client == "outlook_desktop" or client == "outlook_es":
        return "exchange"
    return "generic"


def received_chain(rng, prov, dom, when, client):
    """Received/auth headers for a message arriving at our MX (newest first)."""
    arr = when + datetime.timedelta(seconds=rng.randrange(1, 9))
    arr_s = mime.fmt_date(arr) + " (CDT)"
    qid = "4" + ralnum(rng, 11, upper=False).replace("0", "Z")
    out = []
    if prov == "google":
        host = "mail-%s1-f%d.google.com" % (rng.choice(["pl", "qk", "yw", "io", "oa", "ej", "vs"]),
                                             rng.randrange(41, 200))
        ip = "209.85.%d.%d" % (rng.randrange(128, 223), rng.randrange(2, 250))
    elif prov == "yahoo":
        host = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (rng.randrange(301, 330), rng.randrange(1, 40),
                                                        rng.choice(["ne1", "bf2", "gq1"]))
        ip = "66.163.%d.%d" % (rng.randrange(184, 191), rng.randrange(2, 250))
    elif prov == "outlook":
        host = "mail-%s%dolkn20%02d.outbound.protection.outlook.com" % (
            rng.choice(["dm6nam", "bn8nam", "co1nam", "mw2nam"]), rng.choice([10, 11, 12, 4]), rng.randrange(10, 99))
        ip = "40.92.%d.%d" % (rng.randrange(16, 90), rng.randrange(2, 250))
    elif prov == "exchange":
        host = "mail-%s%don2%03d.outbound.protection.outlook.com" % (
            rng.choice(["dm6nam", "bn8nam", "co1nam", "sn4nam", "ch5pr"]), rng.choice([10, 11, 12, 4, 2]),
            rng.randrange(40, 240))
        ip = "40.107.%d.%d" % (rng.randrange(200, 245), rng.randrange(2, 250))
    elif prov == "apple":
        host = "st43p00im-zteg%08d.me.com" % rng.randrange(10 ** 7, 10 ** 8)
        ip = "17.58.%d.%d" % (rng.randrange(60, 70), rng.randrange(2, 250))
    elif prov == "comcast":
        host = "resomta-h2p-%06d.sys.comcast.net" % rng.randrange(500000, 600000)
        ip = "96.102.%d.%d" % (rng.randrange(1, 30), rng.randrange(2, 250))
    elif prov == "fastmail":
        host = "fout-a%d-smtp.messagingengine.com" % rng.randrange(1, 9)
        ip = "103.168.172.%d" % rng.randrange(140, 160)
    else:
        host = "%s.%s" % (rng.choice(["mail", "smtp", "mx01", "out"]), dom)
        ip = "%d.%d.%d.%d" % (rng.choice([24, 50, 64, 68, 71, 75, 97, 173]), rng.randrange(1, 255),
                              rng.randrange(1, 255), rng.randrange(2, 250))
    out.append(("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%%RCPT%%>; %s"
                % (host, host, ip, MX, qid, arr_s)))
    spf = "pass"
    dk = "pass" if prov in ("google", "yahoo", "outlook", "exchange", "apple", "comcast", "fastmail") else "none"
    out.append(("Authentication-Results", "%s;\n\tdkim=%s header.d=%s;\n\tspf=%s (%s: domain of %%FROM%% "
                "designates %s as permitted sender) smtp.mailfrom=%%FROM%%;\n\tdmarc=pass (p=%s) header.from=%s"
                % (MX, dk, dom, spf, MX, ip, "NONE" if prov == "generic" else "REJECT" if prov == "yahoo" else
                   "QUARANTINE" if prov == "outlook" else "NONE", dom)))
    sent_s = mime.fmt_date(when)
    if prov == "google":
        pdt = when.astimezone(datetime.timezone(datetime.timedelta(hours=-7)))
        out.append(("Received", "by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s (PDT)" % (
            rhex(rng, 4), rhex(rng, 3), rhex(rng, 3), rhex(rng, 4), rhex(rng, 4), ralnum(rng, 20),
            mime.fmt_date(pdt))))
    elif prov == "yahoo":
        out.append(("Received", "from %s by %s with HTTP; %s" % (
            "sonic.gate.mail.ne1.yahoo.com", host, mime.fmt_date(when.astimezone(datetime.timezone.utc)).replace(
                "+0000", "+0000"))))
    elif prov in ("outlook", "exchange"):
        lh = "%s%sPR%02dMB%04d.namprd%02d.prod.outlook.com" % (
            rng.choice(["BY5", "DM4", "SA1", "CH3", "MN2", "PH0"]), rng.choice(["", "P2"]), rng.randrange(1, 20),
            rng.randrange(1000, 9999), rng.randrange(2, 22))
        out.append(("Received", "from %s\n ([fe80::%s:%s:%s:%s]) by %s\n ([fe80::%s%%7]) with mapi id 15.20.%d.%03d; %s"
                    % (lh, rhex(rng, 4), rhex(rng, 4), rhex(rng, 4), rhex(rng, 4), lh, rhex(rng, 4),
                       rng.randrange(8000, 9300), rng.randrange(0, 40),
                       mime.fmt_date(when.astimezone(datetime.timezone.utc)).replace("-0000", "+0000"))))
    elif prov == "apple":
        out.append(("Received", "from smtpclient.apple (unknown [%d.%d.%d.%d])\n\tby %s (Postfix) with ESMTPSA "
                    "id %s;\n\t%s" % (rng.choice([174, 98, 107, 162]), rng.randrange(1, 255), rng.randrange(1, 255),
                                     rng.randrange(2, 250), host, ralnum(rng, 14, True), sent_s)))
    elif prov == "comcast":
        out.append(("Received", "from zimbra-web-prod-%02d.ccv.comcast.net ([96.118.%d.%d])\n\tby %s with ESMTP;"
                    " %s" % (rng.randrange(1, 30), rng.randrange(1, 250), rng.randrange(2, 250), host, sent_s)))
    elif prov == "fastmail":
        out.append(("Received", "from phl-compute-%02d ([10.202.2.%d])\n  by mailfout.phl.internal (Postfix) with "
                    "ESMTP id %s;\n  %s" % (rng.randrange(1, 12), rng.randrange(40, 60), rhex(rng, 11).upper(),
                                            sent_s)))
    else:
        out.append(("Received", "from [192.168.%d.%d] (%s [%s])\n\tby %s with ESMTPSA id %s;\n\t%s" % (
            rng.randrange(0, 3), rng.randrange(2, 200), "c-" + ip.replace(".", "-") + ".hsd1.net", ip, host,
            ralnum(rng, 10), sent_s)))
    return out


def dkim(rng, dom, sel, hlist):
    b = rb64(rng, 342)
    return ("v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=%s; s=%s; t=%d;\n        h=%s;\n        bh=%s=;\n"
            "        b=%s" % (dom, sel, 1792300000 + rng.randrange(0, 1200000), hlist, rb64(rng, 43),
                              "\n         ".join(b[i:i + 70] for i in range(0, len(b), 70))))


def msgid_for(client, rng, dom):
    if client.startswith("gmail"):
        return "<CA%s%s@mail.gmail.com>" % (rng.choice(["+", "D", "G", "J", "L", "M", "O"]), rb64(rng, 44).replace("/", "_"))
    if client.startswith("iphone"):
        return "<%s@%s>" % (uuid(rng), dom)
    if client == "apple_mail":
        return "<%s@%s>" % (uuid(rng), dom)
    if client in ("outlook_desktop", "outlook_es"):
        return "<%s$%s$%s$@%s>" % (rhex(rng, 16), rhex(rng, 8), rhex(rng, 8), dom)
    if client.startswith("outlook_com"):
        server = "%s%sPR%02dMB%04d" % (rng.choice(["BY5", "DM4", "SA1", "CH3", "MN2", "PH0"]), rng.choice(["", "P2"]),
                                       rng.randrange(1, 20), rng.randrange(1000, 9999))
        return "<%s%s@%s.namprd%02d.prod.outlook.com>" % (server, ralnum(rng, 16, True), server,
                                                          rng.randrange(2, 22))
    if client in ("yahoo", "yahoo_ios", "yahoo_es", "aol"):
        return "<%d.%d.%d@mail.yahoo.com>" % (rng.randrange(10 ** 8, 10 ** 9), rng.randrange(10 ** 6, 10 ** 7),
                                              1792000000000 + rng.randrange(0, 10 ** 10))
    if client == "thunderbird":
        return "<%s@%s>" % (uuid(rng, upper=False), dom)
    if client == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@comcast.net>" % (rng.randrange(10 ** 8, 10 ** 10),
                                                          rng.randrange(10 ** 5, 10 ** 6),
                                                          1792000000000 + rng.randrange(0, 10 ** 10))
    if client == "samsung":
        return "<%s@email.android.com>" % rhex(rng, 32)
    return "<%s@%s>" % (rhex(rng, 24), dom)


def client_headers(client, rng):
    if client.startswith("iphone"):
        return [("X-Mailer", "iPhone Mail (22%s%d)" % (rng.choice("ABCDEFGH"), rng.randrange(50, 400)))]
    if client == "apple_mail":
        return [("X-Mailer", "Apple Mail (2.3826.%d.%d)" % (rng.choice([200, 300, 400, 500]), rng.randrange(1, 120)))]
    if client in ("outlook_desktop", "outlook_es"):
        return [("X-Mailer", "Microsoft Outlook 16.0"),
                ("Thread-Index", "AQH" + rb64(rng, 21) + "=="),
                ("Content-Language", "en-us" if client == "outlook_desktop" else "es-mx")]
    if client.startswith("outlook_com"):
        return [("Thread-Topic", None), ("Thread-Index", "AQH" + rb64(rng, 21) + "=="),
                ("Accept-Language", "en-US" if client == "outlook_com" else "es-ES, en-US"),
                ("Content-Language", "en-US" if client == "outlook_com" else "es-ES"),
                ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    if client in ("yahoo", "yahoo_es"):
        return [("X-Mailer", "WebService/1.1.%d YMailNorrin" % rng.randrange(22000, 24999))]
    if client == "yahoo_ios":
        return [("X-Mailer", "WebService/1.1.%d YahooMailIosMobile" % rng.randrange(22000, 24999))]
    if client == "aol":
        return [("X-Mailer", "WebService/1.1.%d AolMailNorrin" % rng.randrange(22000, 24999))]
    if client == "thunderbird":
        return [("User-Agent", "Mozilla Thunderbird")]
    if client == "zimbra":
        return [("X-Mailer", "Zimbra 10.0.%d_GA_%d (ZimbraWebClient - GC1%02d (Win)/10.0.%d_GA_%d)" % (
            rng.randrange(6, 12), rng.randrange(4500, 4700), rng.randrange(20, 40), rng.randrange(6, 12),
            rng.randrange(4500, 4700))), ("Thread-Index", rb64(rng, 22) + "=="),
                ("X-Originating-IP", "[73.%d.%d.%d]" % (rng.randrange(1, 255), rng.randrange(1, 255),
                                                       rng.randrange(2, 250)))]
    if client == "samsung":
        return [("Importance", "normal"), ("X-Priority", "3")]
    return []
