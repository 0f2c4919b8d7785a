"""How each mail program writes a person's message: headers, structure, encodings, quoting."""
import base64
import hashlib
import random
import uuid

import mime
import ours

MBOX = {"customercare": ("Alliant Energy Customer Care", "customercare@alliant-energy.com"),
        "powerhousecatalog": ("PowerHouse Catalog", "powerhousecatalog@alliant-energy.com")}


# ----------------------------------------------------------------------------------------------- ids
def hexs(rng, n, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(rng, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def uuid_(rng, upper=True):
    u = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    return u.upper() if upper else u


def b64blob(rng, n):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode()


def ms_host(rng):
    return "%s%02dMB%04d" % (rng.choice(["SN6PR", "BY5PR", "DM6PR", "CH3PR", "MW4PR", "SA1PR", "PH0PR",
                                         "IA1PR", "BL1PR", "CO1PR"]), rng.randint(1, 19), rng.randint(1000, 9999))


def ms_msgid(rng):
    h = ms_host(rng)
    return "<%s%s@%s.namprd%02d.prod.outlook.com>" % (h, hexs(rng, 24, True), h, rng.randint(1, 19))


def dkim(rng, domain, selector, headers_list):
    return ("v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s; t=%d;\n"
            "        h=%s;\n        bh=%s;\n        b=%s\n         %s\n         %s" % (
                domain, selector, rng.randint(1804000000, 1809000000), headers_list, b64blob(rng, 32),
                b64blob(rng, 48), b64blob(rng, 48), b64blob(rng, 40)))


# ----------------------------------------------------------------------------------------------- transport
def ip(rng, prefix):
    parts = prefix.split(".")
    while len(parts) < 4:
        parts.append(str(rng.randint(2, 250)))
    return ".".join(parts)


def outbound_hop(rng, domain):
    """(helo host, ip, tls) for the sender's provider."""
    d = domain.lower()
    if d in ("gmail.com", "googlemail.com"):
        h = "mail-%s-f%d.google.com" % (rng.choice(["yw1", "pl1", "qk1", "oi1", "ej1", "lf1", "io1", "vk1"]),
                                        rng.randint(41, 199))
        return h, ip(rng, "209.85"), True
    if d in ("yahoo.com", "aol.com", "ymail.com", "rocketmail.com", "yahoo.com.mx"):
        h = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (rng.randint(301, 330), rng.randint(1, 40),
                                                     rng.choice(["ne1", "bf2", "gq1"]))
        return h, ip(rng, "66.163"), True
    if d in ("outlook.com", "hotmail.com", "live.com", "msn.com"):
        h = "mail-%snam%02dolkn20%02d.outbound.protection.outlook.com" % (
            rng.choice(["dm6", "bn8", "mw2", "co1", "sn1"]), rng.randint(2, 12), rng.randint(10, 99))
        return h, ip(rng, "40.92"), True
    if d in ("icloud.com", "me.com", "mac.com"):
        return "st43p00im-ztfb%08d.me.com" % rng.randint(10000000, 99999999), ip(rng, "17.58.63"), True
    if d in ("comcast.net",):
        return "resqmta-po-%02dv.sys.comcast.net" % rng.randint(1, 12), ip(rng, "96.102.200"), True
    if d in ("proton.me", "protonmail.com", "pm.me"):
        return "mail-%d.proton.ch" % rng.randint(4000, 4399), ip(rng, "185.70.43"), True
    if d.endswith("fastmail.com") or d in ("fastmail.fm",):
        return "wout%d-smtp.messagingengine.com" % rng.randint(1, 9), ip(rng, "64.147.123"), True
    if d in ("mchsi.com", "mediacombb.net"):
        return "smtp%02d.mediacombb.net" % rng.randint(1, 6), ip(rng, "173.17"), True
    if d in ("charter.net",):
        return "dnvrco-cmomta0%d.email.rr.com" % rng.randint(1, 4), ip(rng, "24.28.104"), False
    if d in ("tds.net",):
        return "smtp%d.tds.net" % rng.randint(1, 4), ip(rng, "64.8"), True
    if d in ("windstream.net",):
        return "mail-relay%d.windstream.net" % rng.randint(1, 3), ip(rng, "162.39"), True
    if d in ("zohomail.com", "zoho.com"):
        return "sender4-of-o5%d.zoho.com" % rng.randint(1, 9), ip(rng, "136.143.188"), True
    if d in ("gmx.com", "mail.com"):
        return "mout.gmx.com", ip(rng, "74.208.4"), True
    if d.endswith("alliant-energy.com"):
        return "forms1.alliant-energy.com", "10.40.20.%d" % rng.randint(5, 30), False
    # company domains hosted on Microsoft 365 or Google Workspace
    h = "mail-%snam%02don21%02d.outbound.protection.outlook.com" % (
        rng.choice(["bn8", "dm6", "co1", "mw2", "ch2"]), rng.randint(2, 12), rng.randint(10, 99))
    return h, ip(rng, "40.107"), True


def transport(rng, mbox, env_from, when, sender_domain, hop=None):
    """Return-Path, Delivered-To and our two Received lines + Authentication-Results."""
    rcpt = MBOX[mbox][1]
    helo, addr_ip, tls = hop or outbound_hop(rng, sender_domain)
    t_mx = mime.to_central(mime.shift(when, seconds=rng.randint(2, 40)))
    t_lmtp = mime.shift(t_mx, seconds=rng.randint(0, 2))
    qid = alnum(rng, 12, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789")
    mx = rng.choice(["mx1", "mx2"])
    tls_txt = ("\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
               "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
               "\t(No client certificate requested)") if tls else ""
    out = [("Return-Path", "<%s>" % env_from if env_from else "<>"),
           ("Delivered-To", rcpt),
           ("Received", "from %s.alliant-energy.com ([10.40.8.%d])\n\tby imap01.alliant-energy.com with LMTP\n"
                        "\tid %s\n\t(envelope-from <%s>)\n\tfor <%s>; %s" % (
                            mx, 11 if mx == "mx1" else 12, b64blob(rng, 16)[:22], env_from or "", rcpt,
                            mime.rfc_date(t_lmtp))),
           ("Received", "from %s (%s [%s])%s\n\tby %s.alliant-energy.com (Postfix) with %s id %s\n"
                        "\tfor <%s>; %s" % (helo, helo, addr_ip, tls_txt, mx, "ESMTPS" if tls else "ESMTP", qid,
                                            rcpt, mime.rfc_date(t_mx, comment="tz")))]
    return out, t_mx


def auth_results(rng, domain, dkim_ok=True, spf="pass"):
    s = "mx.alliant-energy.com;\n\tspf=%s smtp.mailfrom=%s" % (spf, domain)
    if dkim_ok:
        s += ";\n\tdkim=pass header.d=%s" % domain
    s += ";\n\tdmarc=%s header.from=%s" % ("pass" if spf == "pass" else "none", domain)
    return ("Authentication-Results", s)


# ----------------------------------------------------------------------------------------------- quoting
def _t12(d):
    h = d.hour % 12 or 12
    return "%d:%02d %s" % (h, d.minute, "AM" if d.hour < 12 else "PM")


def attribution(style, o):
    d = o["date"]
    n, a = o["frm_name"], o["frm_addr"]
    M, ML, W, WL = mime.MON[d.month - 1], mime.MONTH_LONG[d.month - 1], mime.WD[d.weekday()], mime.DAY_LONG[d.weekday()]
    if style == "gmail":
        return "On %s, %s %d, %d at %s %s <%s> wrote:" % (W, M, d.day, d.year, _t12(d), n, a)
    if style == "gmail_android":
        return "On %s, %s %d, %d, %s %s <%s> wrote:" % (W, M, d.day, d.year, _t12(d), n, a)
    if style == "gmail_es":
        return "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (
            mime.DIA[d.weekday()], d.day, mime.MES[d.month - 1], d.year, d.hour, d.minute, n, a)
    if style == "apple":
        return "On %s %d, %d, at %s, %s <%s> wrote:" % (M, d.day, d.year, _t12(d), n, a)
    if style == "apple_es":
        return "El %d %s %d, a las %d:%02d, %s <%s> escribió:" % (
            d.day, mime.MES[d.month - 1], d.year, d.hour, d.minute, n, a)
    if style == "thunderbird":
        return "On %d/%d/%d %s, %s wrote:" % (d.month, d.day, d.year, _t12(d), n)
    if style == "fastmail":
        return "On %s, %s %d, %d, at %d:%02d, %s wrote:" % (W, M, d.day, d.year, d.hour, d.minute, n)
    if style == "proton":
        suf = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return "On %s, %s %d%s, %d at %s, %s <%s> wrote:" % (WL, ML, d.day, suf, d.year, _t12(d), n, a)
    if style == "yahoo":
        return "On %s, %s %d, %d at %d:%02d:%02d %s %s, %s <%s> wrote:" % (
            WL, ML, d.day, d.year, d.hour % 12 or 12, d.minute, d.second, "AM" if d.hour < 12 else "PM",
            mime.tzname(d), n, a)
    if style == "yahoo_es":
        return "El %s, %d de %s de %d, %02d:%02d:%02d %s, %s <%s> escribió:" % (
            mime.DIA_LONG[d.weekday()], d.day, mime.MES_LONG[d.month - 1], d.year, d.hour, d.minute, d.second,
            mime.tzname(d), n, a)
    if style == "roundcube":
        return "On %04d-%02d-%02d %02d:%02d, %s wrote:" % (d.year, d.month, d.day, d.hour, d.minute, n)
    raise KeyError(style)


def header_block(style, o, to_line):
    d = o["date"]
    n, a = o["frm_name"], o["frm_addr"]
    subj = o["subject"]
    if style == "outlook":
        return ("________________________________\nFrom: %s <%s>\nSent: %s, %s %d, %d %s\nTo: %s\nSubject: %s" % (
            n, a, mime.DAY_LONG[d.weekday()], mime.MONTH_LONG[d.month - 1], d.day, d.year, _t12(d), to_line, subj))
    if style == "outlook_mobile":
        return ("________________________________\nFrom: %s <%s>\nSent: %s, %s %d, %d %d:%02d:%02d %s\nTo: %s\n"
                "Subject: %s" % (n, a, mime.DAY_LONG[d.weekday()], mime.MONTH_LONG[d.month - 1], d.day, d.year,
                                 d.hour % 12 or 12, d.minute, d.second, "AM" if d.hour < 12 else "PM", to_line, subj))
    if style == "outlook_es":
        return ("________________________________\nDe: %s <%s>\nEnviado: %s, %d de %s de %d %d:%02d\nPara: %s\n"
                "Asunto: %s" % (n, a, mime.DIA_LONG[d.weekday()], d.day, mime.MES_LONG[d.month - 1], d.year, d.hour,
                                d.minute, to_line, subj))
    if style == "outlook_fw":
        return ("-----Original Message-----\nFrom: %s <%s>\nSent: %s, %s %d, %d %s\nTo: %s\nSubject: %s" % (
            n, a, mime.DAY_LONG[d.weekday()], mime.MONTH_LONG[d.month - 1], d.day, d.year, _t12(d), to_line, subj))
    if style == "aol":
        return ("-----Original Message-----\nFrom: %s <%s>\nTo: %s\nSent: %s, %s %d, %d %d:%02d %s\nSubject: %s" % (
            n, a, to_line, mime.WD[d.weekday()], mime.MON[d.month - 1], d.day, d.year, d.hour % 12 or 12, d.minute,
            "am" if d.hour < 12 else "pm", subj))
    if style == "samsung":
        return ("-------- Original message --------\nFrom: %s <%s> \nDate: %d/%d/%02d %s (GMT%s:00) \nTo: %s \n"
                "Subject: %s " % (n, a, d.month, d.day, d.year % 100, _t12(d), mime.offstr(d)[:3], to_line, subj))
    if style == "zimbra":
        return ('----- Original Message -----\nFrom: "%s" <%s>\nTo: %s\nSent: %s, %s %d, %d %d:%02d:%02d %s\n'
                "Subject: %s" % (n, a, to_line, mime.DAY_LONG[d.weekday()], mime.MONTH_LONG[d.month - 1], d.day,
                                 d.year, d.hour % 12 or 12, d.minute, d.second, "AM" if d.hour < 12 else "PM", subj))
    if style == "gmail_fwd":
        return ("---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s, %s %d, %d at %s\nSubject: %s\n"
                "To: %s\n" % (n, a, mime.WD[d.weekday()], mime.MON[d.month - 1], d.day, d.year, _t12(d), subj,
                              to_line))
    raise KeyError(style)


def gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


# ----------------------------------------------------------------------------------------------- html
def html_lines(text, tag="div", empty="<br>"):
    out = []
    for l in text.split("\n"):
        out.append("<%s>%s</%s>" % (tag, mime.esc(l) if l else empty, tag))
    return "\n".join(out)


def html_br(text):
    return "<br>\n".join(mime.esc(l) for l in text.split("\n"))


# ----------------------------------------------------------------------------------------------- clients
# quote: how a reply quotes us; html: style of the HTML alternative (None = plain text only)
CLIENTS = {
    "gmail": dict(quote=("gt", "gmail"), html="gmail", charset="UTF-8", cte="auto", bnd="gmail", mid="gmail",
                  date="local"),
    "gmail_android": dict(quote=("gt", "gmail_android"), html="gmail", charset="UTF-8", cte="auto", bnd="gmail",
                          mid="gmail", date="local"),
    "gmail_es": dict(quote=("gt", "gmail_es"), html="gmail", charset="UTF-8", cte="auto", bnd="gmail",
                     mid="gmail", date="local"),
    "gmail_unsub": dict(quote=None, html=None, charset="UTF-8", cte="7bit", bnd="gmail", mid="gmail",
                        date="local"),
    "iphone": dict(quote=("iphone", "apple"), html=None, charset="utf-8", cte="qp", mid="apple", date="local",
                   sig="Sent from my iPhone", mailer="iPhone Mail (22E240)", mimever="1.0 (1.0)"),
    "iphone_es": dict(quote=("iphone", "apple_es"), html=None, charset="utf-8", cte="qp", mid="apple",
                      date="local", sig="Enviado desde mi iPhone", mailer="iPhone Mail (22E240)",
                      mimever="1.0 (1.0)"),
    "ipad": dict(quote=("iphone", "apple"), html="apple", charset="utf-8", cte="qp", mid="apple", date="local",
                 sig="Sent from my iPad", mailer="iPad Mail (22E240)", mimever="1.0 (1.0)", bnd="apple"),
    "apple_mail": dict(quote=("gt", "apple"), html="apple", charset="utf-8", cte="qp", mid="apple", date="local",
                       mailer="Apple Mail (2.3826.400.131.1.6)", bnd="apple",
                       mimever="1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"),
    "outlook_desktop": dict(quote=("block", "outlook"), html="outlook", charset="us-ascii", cte="qp",
                            bnd="outlook", mid="ms", date="utc", ms=True),
    "outlook_desktop_es": dict(quote=("block", "outlook_es"), html="outlook", charset="iso-8859-1", cte="qp",
                               bnd="outlook", mid="ms", date="utc", ms=True, lang="es-MX"),
    "outlook_com": dict(quote=("block", "outlook"), html="outlook", charset="iso-8859-1", cte="qp", bnd="outlook",
                        mid="ms", date="utc", ms=True),
    "outlook_com_es": dict(quote=("block", "outlook_es"), html="outlook", charset="iso-8859-1", cte="qp",
                           bnd="outlook", mid="ms", date="utc", ms=True, lang="es-US"),
    "outlook_ios": dict(quote=("block", "outlook_mobile"), html="outlook", charset="us-ascii", cte="qp",
                        bnd="outlook", mid="ms", date="utc", ms=True, sig="Get Outlook for iOS"),
    "outlook_android": dict(quote=("block", "outlook_mobile"), html="outlook", charset="us-ascii", cte="qp",
                            bnd="outlook", mid="ms", date="utc", ms=True, sig="Get Outlook for Android"),
    "windows_mail": dict(quote=("block", "outlook"), html="outlook", charset="utf-8", cte="qp", bnd="outlook",
                         mid="ms", date="utc", ms=True, sig="Sent from Mail for Windows"),
    "yahoo": dict(quote=("yahoo", "yahoo"), html="yahoo", charset="UTF-8", cte="7bit8", bnd="yahoo",
                  mid="yahoo", date="utc_paren", mailer="WebService/1.1.23187 YMailNorrin"),
    "yahoo_android": dict(quote=("yahoo", "yahoo"), html="yahoo", charset="UTF-8", cte="7bit8", bnd="yahoo",
                          mid="yahoo", date="utc_paren", mailer="WebService/1.1.23187 YMailAndroid",
                          sig="Sent from Yahoo Mail on Android"),
    "yahoo_es": dict(quote=("yahoo", "yahoo_es"), html="yahoo", charset="UTF-8", cte="7bit8", bnd="yahoo",
                     mid="yahoo", date="utc_paren", mailer="WebService/1.1.23187 YMailNorrin"),
    "aol": dict(quote=("block", "aol"), html="aol", charset="UTF-8", cte="7bit8", bnd="yahoo", mid="yahoo",
                date="utc_paren", mailer="WebService/1.1.23187 AolMailNorrin"),
    "thunderbird": dict(quote=("gt", "thunderbird"), html=None, charset="UTF-8", cte="7bit8", mid="tb",
                        date="local", flowed=True,
                        ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.8.0"),
    "samsung": dict(quote=("block", "samsung"), html="samsung", charset="UTF-8", cte="base64", bnd="samsung",
                    mid="samsung", date="local", sig="Sent from my Galaxy"),
    "proton": dict(quote=("gt", "proton"), html="proton", charset="utf-8", cte="base64", bnd="proton",
                   mid="proton", date="utc", sig="Sent with Proton Mail secure email."),
    "fastmail": dict(quote=("gt", "fastmail"), html="fastmail", charset="utf-8", cte="qp", bnd="fastmail",
                     mid="fastmail", date="local", ua="Cyrus-JMAP/3.11.0-alpha0-1234-g5a2f2c4-fm-2025"),
    "zimbra": dict(quote=("block", "zimbra"), html="zimbra", charset="utf-8", cte="7bit8", bnd="zimbra",
                   mid="zimbra", date="local_tz",
                   mailer="Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - GC134 (Win)/9.0.0_ZEXTRAS_20240927)"),
    "roundcube": dict(quote=("gt", "roundcube"), html=None, charset="US-ASCII", cte="7bit8", mid="roundcube",
                      date="local", ua="Roundcube Webmail/1.6.9", flowed=True),
    "spark": dict(quote=("gt", "apple"), html="spark", charset="utf-8", cte="qp", bnd="spark", mid="spark",
                  date="local", mailer="Spark for iOS 3.19"),
    "web_form": dict(quote=None, html=None, charset="utf-8", cte="7bit8", mid="form", date="local"),
    "tidyinbox": dict(quote=None, html=None, charset="utf-8", cte="7bit", mid="tidy", date="utc"),
}


def boundary(kind, rng):
    if kind == "gmail":
        return "000000000000" + hexs(rng, 14)
    if kind == "apple":
        return "Apple-Mail=_%s" % uuid_(rng)
    if kind == "outlook":
        return "_000_%s_" % ms_host(rng) + hexs(rng, 24, True)
    if kind == "yahoo":
        return "----=_Part_%d_%d.%d" % (rng.randint(100000, 4999999), rng.randint(100000000, 1999999999),
                                        rng.randint(1800000000000, 1810000000000))
    if kind == "samsung":
        return "--_com.samsung.android.email_%d%d" % (rng.randint(1000000, 9999999), rng.randint(100000, 999999))
    if kind == "proton":
        return "b1=_%s" % alnum(rng, 40)
    if kind == "fastmail":
        return hexs(rng, 32)
    if kind == "zimbra":
        return "=_%s" % uuid_(rng, upper=False)
    if kind == "spark":
        return "%s" % hexs(rng, 8) + "_" + hexs(rng, 8) + "_" + hexs(rng, 4)
    if kind == "mixed":
        return "----=_NextPart_%s" % hexs(rng, 20)
    raise KeyError(kind)


def msgid(kind, rng, email, when):
    dom = email.split("@")[1]
    if kind == "gmail":
        return "<CA%s+%s@mail.gmail.com>" % (alnum(rng, 20), alnum(rng, 28))
    if kind == "apple":
        return "<%s@%s>" % (uuid_(rng), dom)
    if kind == "ms":
        return ms_msgid(rng)
    if kind == "yahoo":
        return "<%d.%d.%d@mail.yahoo.com>" % (rng.randint(100000000, 2000000000), rng.randint(1000000, 9999999),
                                              int(when.timestamp() * 1000))
    if kind == "tb":
        return "<%s@%s>" % (uuid_(rng, upper=False), dom)
    if kind == "samsung":
        return "<%s.%s@email.android.com>" % (hexs(rng, 8), hexs(rng, 8))
    if kind == "proton":
        return "<%s=@proton.me>" % alnum(rng, 60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
    if kind == "fastmail":
        return "<%s@app.fastmail.com>" % uuid_(rng, upper=False)
    if kind == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (rng.randint(100000000, 999999999), rng.randint(10000, 99999),
                                                  int(when.timestamp() * 1000), dom)
    if kind == "roundcube":
        return "<%s@%s>" % (hexs(rng, 32), dom)
    if kind == "spark":
        return "<%s@Spark>" % uuid_(rng)
    if kind == "form":
        return "<%s.%s@forms.alliant-energy.com>" % (when.strftime("%Y%m%d%H%M%S"), hexs(rng, 10))
    if kind == "tidy":
        return "<tidy-%s@%s>" % (hexs(rng, 20), dom)
    raise KeyError(kind)


def pick_cte(cfg, text, charset):
    c = cfg["cte"]
    ascii_ = all(ord(ch) < 128 for ch in text)
    long_ = any(len(l) > 76 for l in text.split("\n"))
    if c == "auto":
        return "7bit" if ascii_ and not long_ else "quoted-printable"
    if c == "qp":
        return "quoted-printable" if (not ascii_ or long_ or cfg.get("ms")) else "7bit"
    if c == "7bit8":
        return "7bit" if ascii_ else "8bit"
    if c == "7bit":
        return "7bit"
    return {"base64": "base64", "quoted-printable": "quoted-printable"}.get(c, c)


def fit_charset(charset, text):
    try:
        text.encode(charset)
        return charset
    except UnicodeEncodeError:
        if charset.lower() in ("us-ascii",):
            try:
                text.encode("iso-8859-1")
                return "iso-8859-1"
            except UnicodeEncodeError:
                return "utf-8"
        if charset.lower() == "iso-8859-1":
            try:
                text.encode("windows-1252")
                return "windows-1252"
            except UnicodeEncodeError:
                return "utf-8"
        return "utf-8"


# ----------------------------------------------------------------------------------------------- html bodies
def make_html(style, new, quoted, attr_or_block, qstyle):
    """HTML alternative: the person's new text plus the quoted original."""
    q = ""
    if style == "gmail":
        body = '<div dir="ltr">' + html_lines(new) + "</div>"
        if quoted is not None:
            q = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                 '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                 'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (mime.esc(attr_or_block),
                                                                               html_br(quoted)))
        return body + q + "\n"
    if style in ("apple", "spark"):
        body = html_br(new)
        if quoted is not None:
            q = ('<div dir="ltr"><br><blockquote type="cite">%s<br><br></blockquote></div><blockquote type="cite">'
                 '<div dir="ltr">%s</div></blockquote>' % (mime.esc(attr_or_block), html_br(quoted)))
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body dir="auto"><div dir="ltr">%s</div>%s</body></html>' % (body, q))
    if style == "outlook":
        paras = "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (mime.esc(l) if l else "&nbsp;")
                          for l in new.split("\n"))
        if quoted is not None:
            blk = attr_or_block.split("\n")
            q = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">\n'
                 '<p class="MsoNormal">%s<o:p></o:p></p>\n</div>\n<p class="MsoNormal">%s<o:p></o:p></p>' % (
                     "<br>\n".join(mime.esc(l) for l in blk[1:]), html_br(quoted)))
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
                '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%%CHARSET%%">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;\n\tfont-size:11.0pt;\n'
                '\tfont-family:"Calibri",sans-serif;}\n--></style>\n</head>\n'
                '<body lang="%%LANG%%" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n%s\n%s\n</div>\n</body>\n</html>' % (paras, q))
    if style in ("yahoo", "aol"):
        body = "".join('<div dir="ltr" data-setdir="false">%s</div>' % (mime.esc(l) if l else "<br>")
                       for l in new.split("\n"))
        if quoted is not None:
            q = ('<div id="yahoo_quoted_%s" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', '
                 'Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>%s</div><div><br></div>'
                 '<div>%s</div></div></div>' % (hashlib.md5(new.encode()).hexdigest()[:10],
                                                html_br(attr_or_block), html_br(quoted)))
        cls = "ydp" + hashlib.md5(new.encode()).hexdigest()[:8] + "yahoo-style-wrap"
        return ('<html><head></head><body><div class="%s" style="font-family:Helvetica Neue, Helvetica, Arial, '
                'sans-serif;font-size:13px;">%s</div>%s</body></html>' % (cls, body, q))
    if style == "samsung":
        body = "".join('<div dir="auto">%s</div>' % (mime.esc(l) if l else "<br>") for l in new.split("\n"))
        if quoted is not None:
            q = '<div dir="auto"><br></div><div>%s<br><br>%s</div>' % (html_br(attr_or_block), html_br(quoted))
        return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>%s%s</body></html>' % (body, q)
    if style in ("proton", "fastmail", "zimbra"):
        body = "".join("<div>%s</div>" % (mime.esc(l) if l else "<br>") for l in new.split("\n"))
        if quoted is not None:
            q = '<div><br></div><div>%s</div><blockquote type="cite">%s</blockquote>' % (
                mime.esc(attr_or_block).replace("\n", "<br>"), html_br(quoted))
        pre = '<!DOCTYPE html><html><head><title></title></head><body>' if style == "fastmail" else \
            '<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
        post = "</body></html>" if style == "fastmail" else "</div></body></html>"
        return pre + body + q + post
    raise KeyError(style)


# ----------------------------------------------------------------------------------------------- render
def render_person(s):
    """s: spec dict. Returns (bytes, answers-description)."""
    rng = random.Random("movers-" + s["sid"])
    cfg = CLIENTS[s["client"]]
    when = mime.parse_local(s["when"], s.get("tz"))
    fname, faddr = s["frm"]
    domain = faddr.split("@")[1]
    mbox = s["mbox"]
    to_name, to_addr = MBOX[mbox]
    to_hdr = s.get("to") or (to_addr if s.get("bare_to", True) else mime.addr(to_name, to_addr))

    o = None
    answers = "-"
    subject = s.get("subject", "")
    quote_text, attr = None, None
    if s.get("reply") or s.get("fwd"):
        r = s.get("reply") or s.get("fwd")
        o = ours.our(r["key"], r.get("name", fname), faddr, r.get("when"), **r.get("ctx", {}))
        answers = ("reply to " if s.get("reply") else "forward of ") + "%s (%s)" % (o["key"], o["msgid"])
        pref = s.get("prefix") or ("Re: " if s.get("reply") else "Fwd: ")
        if not subject:
            subject = o["subject"] if o["subject"].lower().startswith(("re:", "fw:", "fwd:")) and \
                s.get("reply") else pref + o["subject"]

    sig = s.get("sig", cfg.get("sig"))
    new = s["text"].strip("\n")
    if sig and not s.get("nosig"):
        new = new + "\n\n" + sig

    # plain text body
    if o is not None:
        kind, style = (cfg["quote"] if not s.get("fwd") else ("fwd", s.get("fwd_style", "gmail_fwd")))
        to_line = mime.addr(o["to_name"], o["to_addr"]) if o["to_name"] else o["to_addr"]
        if kind == "gt":
            attr = attribution(style, o)
            plain = new + "\n\n" + attr + "\n\n" + gt(o["text"])
            quote_text = o["text"]
        elif kind == "iphone":
            attr = attribution(style, o)
            plain = new + "\n\n> " + attr + "\n> \n" + gt(o["text"])
            quote_text = o["text"]
        elif kind == "yahoo":
            attr = attribution(style, o)
            plain = new + "\n\n\n    " + attr + "  \n\n" + o["text"]
            quote_text = o["text"]
        elif kind == "block":
            attr = header_block(style, o, to_line)
            sep = "\n\n" if style != "aol" else "\n\n\n"
            plain = new + sep + attr + "\n\n" + o["text"]
            quote_text = o["text"]
        elif kind == "fwd":
            attr = header_block(style, o, "<%s>" % o["to_addr"] if style == "gmail_fwd" else to_line)
            plain = new + "\n\n" + attr + "\n\n" + o["text"]
            quote_text = o["text"]
    else:
        plain = new
    if cfg.get("flowed"):
        plain = mime.flowed(plain)
    plain += "\n"

    charset = fit_charset(cfg["charset"], plain + subject + (fname or ""))
    cte = pick_cte(cfg, plain, charset)
    flowed = "; format=flowed" if cfg.get("flowed") else ""
    if cfg["charset"].startswith("UTF") and charset == "utf-8":
        charset = cfg["charset"]

    if s["client"] in ("gmail", "gmail_android", "gmail_es", "gmail_unsub"):
        ct_plain = 'text/plain; charset="%s"' % charset
    elif cfg.get("ms"):
        ct_plain = 'text/plain; charset="%s"' % charset
    elif s["client"].startswith("yahoo") or s["client"] == "aol":
        ct_plain = "text/plain; charset=%s" % charset
    else:
        ct_plain = "text/plain; charset=%s%s" % (charset, flowed)

    html_style = cfg.get("html") if s.get("html", True) else None
    if s.get("html_only"):
        html_style = cfg.get("html")
    plain_part_body = plain
    parts_top = None
    if html_style:
        htxt = make_html(html_style, new, quote_text, attr, cfg["quote"])
        htxt = htxt.replace("%CHARSET%", charset).replace("%LANG%", cfg.get("lang", "en-US").upper())
        hcs = fit_charset(charset, htxt)
        hcte = pick_cte(cfg, htxt, hcs) if cfg["cte"] != "7bit8" else ("7bit" if htxt.isascii() else "8bit")
        if len(max(htxt.split("\n"), key=len)) > 900 and hcte in ("7bit", "8bit"):
            hcte = "quoted-printable"
        ct_html = ('text/html; charset="%s"' % hcs) if (s["client"].startswith("gmail") or cfg.get("ms")) else \
            "text/html; charset=%s" % hcs
        if s.get("html_only"):
            body_ct, body = ct_html, mime.encode_body(htxt, hcte, hcs)
            single = (ct_html, hcte)
        else:
            b = boundary(cfg.get("bnd", "mixed"), rng)
            p1 = mime.leaf(ct_plain, plain_part_body, cte, charset)
            p2 = mime.leaf(ct_html, htxt, hcte, hcs)
            body = mime.multipart(b, [p1, p2], preamble=None)
            single = ('multipart/alternative; boundary="%s"' % b, None)
    else:
        body = mime.encode_body(plain_part_body, cte, charset)
        single = (ct_plain, cte)

    if s.get("attach"):
        b2 = boundary("apple" if cfg.get("bnd") == "apple" else "mixed", rng)
        if single[1] is None:
            first = mime.headers([("Content-Type", single[0])]) + "\n\n" + body
        else:
            first = mime.headers([("Content-Type", single[0]), ("Content-Transfer-Encoding", single[1])]) + \
                    "\n\n" + body
        parts = [first]
        for fn, ctype, data in s["attach"]:
            parts.append(mime.leaf('%s; name="%s"' % (ctype, fn), data, "base64",
                                   extra=[("Content-Disposition", 'attachment; filename="%s"' % fn)]
                                   + ([("X-Attachment-Id", "f_%s" % alnum(rng, 9).lower())]
                                      if s["client"].startswith("gmail") else [])))
        body = mime.multipart(b2, parts)
        single = ('multipart/mixed; boundary="%s"' % b2, None)

    # headers
    mid = msgid(cfg["mid"], rng, faddr, when)
    if cfg["date"] == "local":
        date = mime.rfc_date(when)
    elif cfg["date"] == "local_tz":
        date = mime.rfc_date(when, comment="tz")
    elif cfg["date"] == "utc":
        date = mime.rfc_date(when, utc=True)
    else:
        date = mime.rfc_date(when, utc=True, comment="(UTC)")

    hmode = "B" if s["client"] in ("samsung", "proton", "yahoo_es") else "Q"
    hcs = "utf-8" if s["client"] in ("iphone", "iphone_es", "ipad", "apple_mail", "proton", "spark") else \
        ("iso-8859-1" if cfg.get("ms") and charset.lower() in ("iso-8859-1", "windows-1252") else "UTF-8")
    from_hdr = mime.addr(fname, faddr, hcs, hmode)
    subj_hdr = mime.encoded_words(subject, hcs, hmode) if subject else ""
    ct_pairs = [("Content-Type", single[0])] + ([("Content-Transfer-Encoding", single[1])] if single[1] else [])

    h = []
    irt = []
    if o is not None and s.get("reply"):
        irt = [("In-Reply-To", o["msgid"]), ("References", o["msgid"])]
    elif o is not None and s.get("fwd") and s.get("fwd_refs", True):
        irt = [("References", o["msgid"])]
    extra = list(s.get("extra", []))
    rt = [("Reply-To", mime.addr(*s["reply_to"]))] if s.get("reply_to") else []
    cc = [("Cc", s["cc"])] if s.get("cc") else []
    c = s["client"]
    if c.startswith("gmail"):
        h = [("MIME-Version", "1.0")] + [(k, v) for k, v in irt[::-1]] + [("From", from_hdr)] + rt + \
            [("Date", date), ("X-Gm-Features", "AQ%s" % alnum(rng, 54)), ("Message-ID", mid),
             ("Subject", subj_hdr), ("To", to_hdr)] + cc + ct_pairs
    elif c in ("iphone", "iphone_es", "ipad", "apple_mail"):
        h = [("From", from_hdr)] + ct_pairs + [("Mime-Version", cfg["mimever"])] + \
            [("Subject", subj_hdr), ("Date", date), ("Message-Id", mid)] + rt + irt + cc + \
            [("To", to_hdr), ("X-Mailer", cfg["mailer"])]
    elif cfg.get("ms"):
        thread_idx = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(22))).decode()
        h = [("From", from_hdr), ("To", to_hdr)] + cc + rt + [("Subject", subj_hdr),
             ("Thread-Topic", mime.encoded_words(subject.split(": ", 1)[-1] if o else subject, hcs, hmode)),
             ("Thread-Index", thread_idx), ("Date", date), ("Message-ID", mid)] + \
            [(k, v) for k, v in irt[::-1]] + \
            [("Accept-Language", "en-US" if not cfg.get("lang") else cfg["lang"] + ", en-US"),
             ("Content-Language", cfg.get("lang", "en-US")),
             ("X-MS-Has-Attach", "yes" if s.get("attach") else ""), ("X-MS-TNEF-Correlator", ""),
             ("msip_labels", "")] + ct_pairs + [("MIME-Version", "1.0")]
        if c in ("outlook_com", "outlook_com_es", "outlook_ios", "outlook_android", "windows_mail"):
            h.append(("X-OriginatorOrg", "sct-15-20-8466-20-msonline-outlook-%s.templateTenant" % hexs(rng, 5)))
    elif c.startswith("yahoo") or c == "aol":
        h = [("Date", date), ("From", from_hdr)] + rt + [("To", to_hdr)] + cc + [("Message-ID", mid)] + irt + \
            [("Subject", subj_hdr), ("MIME-Version", "1.0")] + ct_pairs + [("X-Mailer", cfg["mailer"])]
    elif c in ("thunderbird", "roundcube"):
        h = [("Message-ID", mid), ("Date", date), ("MIME-Version", "1.0"), ("User-Agent", cfg["ua"])]
        h += [("Subject", subj_hdr), ("To", to_hdr)] + cc + irt[1:] + [("Content-Language", "en-US")] + \
             [("From", from_hdr)] + rt + irt[:1] + ct_pairs
        if c == "roundcube":
            h = [("MIME-Version", "1.0"), ("Date", date), ("From", from_hdr), ("To", to_hdr)] + rt + \
                [("Subject", subj_hdr)] + irt + [("User-Agent", cfg["ua"]), ("Message-ID", mid),
                                                 ("X-Sender", faddr)] + ct_pairs
    elif c == "zimbra":
        h = [("Date", date), ("From", from_hdr), ("To", to_hdr)] + cc + rt + [("Message-ID", mid)] + irt + \
            [("Subject", subj_hdr), ("MIME-Version", "1.0")] + ct_pairs + \
            [("X-Originating-IP", "[%s]" % ip(rng, "173.20")), ("X-Mailer", cfg["mailer"]),
             ("Thread-Topic", subject), ("Thread-Index", alnum(rng, 28))]
    elif c == "samsung":
        h = [("Date", date), ("Subject", subj_hdr), ("Message-ID", mid)] + irt + \
            [("Importance", "normal"), ("From", from_hdr)] + rt + [("To", to_hdr)] + cc + \
            [("MIME-Version", "1.0")] + ct_pairs
    elif c in ("proton",):
        h = [("Date", date), ("To", to_hdr), ("From", from_hdr)] + rt + cc + [("Subject", subj_hdr),
             ("Message-ID", mid)] + irt + [("Feedback-ID", "%s:user:proton" % alnum(rng, 24)),
                                           ("X-Pm-Message-ID", alnum(rng, 20)),
                                           ("MIME-Version", "1.0")] + ct_pairs
    elif c == "fastmail":
        h = [("MIME-Version", "1.0"), ("Message-Id", mid)] + irt + [("Date", date), ("From", from_hdr)] + rt + \
            [("To", to_hdr)] + cc + [("Subject", subj_hdr), ("User-Agent", cfg["ua"])] + ct_pairs
    elif c == "spark":
        h = [("Date", date), ("From", from_hdr), ("To", to_hdr)] + cc + rt + [("Message-ID", mid)] + irt + \
            [("Subject", subj_hdr), ("X-Mailer", cfg["mailer"]), ("MIME-Version", "1.0")] + ct_pairs
    elif c == "web_form":
        if not domain.endswith("alliant-energy.com"):
            mid = "<%s.%s@%s>" % (when.strftime("%Y%m%d%H%M%S"), hexs(rng, 12), domain)
        h = [("Date", date), ("From", from_hdr), ("Reply-To", mime.addr(*s["reply_to"])), ("To", to_hdr),
             ("Subject", subj_hdr), ("Message-ID", mid),
             ("X-Mailer", s.get("mailer", "AE-WebForms/4.2 (Drupal 10)"))]
        if s.get("form_id"):
            h.append(("X-Form-Id", s["form_id"]))
        h += [("MIME-Version", "1.0")] + ct_pairs
    elif c == "tidyinbox":
        h = [("Date", date), ("From", from_hdr), ("To", to_hdr), ("Subject", subj_hdr), ("Message-ID", mid),
             ("MIME-Version", "1.0"), ("Auto-Submitted", "auto-generated"),
             ("X-Mailer", "TidyInbox Unsubscriber/3.2")] + ct_pairs
    else:
        raise KeyError(c)
    h = [(k, v) for k, v in h if not (k == "Subject" and v == "" and not s.get("keep_empty_subject"))]
    h += extra

    # provider headers + transport
    prov = []
    if domain in ("gmail.com",):
        prov = [("DKIM-Signature", dkim(rng, "gmail.com", "20230601",
                                        "mime-version:from:date:message-id:subject:to"))]
        prov += [("X-Google-Smtp-Source", "AGHT+I" + alnum(rng, 80)),
                 ("X-Received", "by 2002:a05:%s with SMTP id %s;\n        %s" % (
                     hexs(rng, 4), alnum(rng, 14).lower(), mime.rfc_date(when, utc=False)))]
    elif domain in ("yahoo.com", "aol.com", "yahoo.com.mx"):
        prov = [("DKIM-Signature", dkim(rng, domain, "s2048", "Date:From:To:Subject:References:From:Subject"))]
        prov += [("X-YMail-OSG", alnum(rng, 60))]
    elif cfg.get("ms") and domain in ("outlook.com", "hotmail.com", "live.com"):
        prov = [("ARC-Seal", "i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=" +
                 b64blob(rng, 60))]
    env_from = s.get("env_from") or (faddr if c != "web_form" else "webforms-bounces@alliant-energy.com")
    trans, _ = transport(rng, mbox, env_from, when, domain)
    tr = trans + [auth_results(rng, "alliant-energy.com" if domain.endswith("alliant-energy.com") else domain,
                               dkim_ok=domain not in ("charter.net", "windstream.net", "mchsi.com"))]
    text = mime.message(tr + prov + h, body)
    return mime.to_bytes(text), answers, subject
