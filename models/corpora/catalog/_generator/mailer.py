"""Render one message the way its mail program and provider would hand it to our MX.

render(spec) -> bytes (CRLF).  Every random choice is seeded from the spec id, so a rebuild writes the same bytes.
A spec gives the sender, the new text, optional quoted/forwarded mail, and the client; the client decides the
header order, Message-ID style, trace lines, MIME layout, charset and transfer encoding.
"""
import base64
import datetime as dt
import hashlib
import quopri
import random
import zlib
from email.header import Header

NL = "\r\n"
AN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
HEXL, HEXU = "0123456789abcdef", "0123456789ABCDEF"
B64A = AN + "+/"
BOXES = {"phc": "powerhousecatalog@alliant-energy.com", "cc": "customercare@alliant-energy.com"}
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]
DIAS = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]


def rng(*key):
    return random.Random(zlib.crc32(repr(key).encode()))


def rnd(r, n, a=AN):
    return "".join(r.choice(a) for _ in range(n))


def central_offset(t):
    """US Central: CDT from 8 Mar 2026 02:00 to 1 Nov 2026 02:00."""
    return -5 if dt.datetime(2026, 3, 8, 2) <= t < dt.datetime(2026, 11, 1, 2) else -6


def fmt_date(t, zone="central"):
    """t is local Central time; zone in central, utc, eastern, pacific, mountain."""
    off = central_offset(t)
    shift = {"central": 0, "utc": -off, "eastern": 1, "mountain": -1, "pacific": -2}[zone]
    u = t + dt.timedelta(hours=shift)
    o = {"central": off, "utc": 0, "eastern": off + 1, "mountain": off - 1, "pacific": off - 2}[zone]
    tz = "%+03d00" % o if o else "+0000"
    s = "%s, %d %s %d %02d:%02d:%02d %s" % (DAYS[u.weekday()], u.day, MON[u.month - 1], u.year, u.hour, u.minute,
                                           u.second, tz)
    if zone == "central":
        s += " (CDT)" if off == -5 else " (CST)"
    elif zone == "utc":
        s += " (UTC)"
    return s


def epoch(t):
    return int((t - dt.timedelta(hours=central_offset(t)) - dt.datetime(1970, 1, 1)).total_seconds())


def hdr(name, value):
    """Encode a header value if it is not ASCII (RFC 2047, the way most clients do: B for UTF-8)."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8", header_name=name).encode(linesep=NL)


def addr(name, a):
    if not name:
        return a
    try:
        name.encode("ascii")
        if any(ch in name for ch in ',.()"'):
            name = '"%s"' % name.replace('"', '')
        return "%s <%s>" % (name, a)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, "utf-8").encode(), a)


def fold(line, width=76):
    """Fold a long header at spaces."""
    if len(line) <= 998 and len(line) <= width:
        return line
    out, cur = [], ""
    for w in line.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = " " + w
        else:
            cur = (cur + " " + w) if cur else w
    out.append(cur)
    return NL.join(out)


def wrap(text, width=72):
    """Hard-wrap paragraphs for 7bit plain parts (as Thunderbird, Outlook plain and iOS-less clients do)."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
            continue
        cur = ""
        for w in line.split(" "):
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


def encode_body(text, cte, cs):
    """text uses \n; returns (cte, encoded str with CRLF)."""
    data = text.replace("\n", "\r\n").encode(cs)
    if cte == "base64":
        b = base64.encodebytes(data).decode("ascii")
        return "base64", b.replace("\n", NL)
    if cte == "quoted-printable":
        q = quopri.encodestring(text.encode(cs), quotetabs=False).decode("ascii")
        return "quoted-printable", q.replace("\n", NL)
    if cte in ("7bit", "8bit", None):
        try:
            data.decode("ascii")
            kind = "7bit"
        except UnicodeDecodeError:
            kind = "8bit"
        if any(len(x) > 990 for x in data.split(b"\r\n")):
            return encode_body(text, "quoted-printable", cs)
        return kind, data.decode(cs)
    raise ValueError(cte)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_html(new, quote_html, flavour):
    paras = new.split("\n")
    if flavour == "outlook":
        body = "".join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (esc(p) if p else "&nbsp;") for p in paras)
        head = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">\n'
                '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                'p.MsoNormal {margin:0in; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n--></style>\n'
                '</head>\n<body lang="EN-US" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n')
        return head + body + (quote_html or "") + "</div>\n</body>\n</html>\n"
    if flavour == "gmail":
        body = "".join("<div>%s</div>" % (esc(p) if p else "<br>") for p in paras)
        return '<div dir="ltr">%s</div>%s\n' % (body, quote_html or "")
    if flavour == "yahoo":
        body = "".join('<div dir="ltr" data-setdir="false">%s</div>' % (esc(p) if p else "<br>") for p in paras)
        return ('<html><head></head><body><div class="ydp%s yahoo-style-wrap" style="font-family:Helvetica Neue, '
                'Helvetica, Arial, sans-serif;font-size:16px;">%s</div>%s</body></html>\n' % (
                    hashlib.md5(new.encode()).hexdigest()[:8], body, quote_html or ""))
    if flavour == "aol":
        body = "".join("<div>%s</div>" % (esc(p) if p else "<br clear=\"none\">") for p in paras)
        return ('<html><head></head><body><div class="aolmail_yahoo-style-wrap" style="font-family:Arial, '
                'Helvetica, sans-serif;font-size:13px;">%s</div>%s</body></html>\n' % (body, quote_html or ""))
    if flavour == "ox":
        body = "".join("<p>%s</p>" % (esc(p) if p else "&nbsp;") for p in paras)
        return ('<!doctype html>\n<html>\n <head>\n  <meta charset="UTF-8">\n </head>\n <body>\n  %s\n  %s\n'
                ' </body>\n</html>\n' % (body, quote_html or ""))
    if flavour == "tb":
        body = "<br>\n".join(esc(p) for p in paras)
        return ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; '
                'charset=UTF-8">\n  </head>\n  <body>\n    <p>%s</p>\n%s  </body>\n</html>\n' % (body, quote_html or ""))
    if flavour == "samsung":
        body = "".join("<div dir=\"auto\">%s</div>" % (esc(p) if p else "<br>") for p in paras)
        return "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body>%s%s</body></html>\n" % (body, quote_html or "")
    if flavour == "vendor":
        body = "".join('<p style="margin:0 0 12px 0;font-family:Arial,sans-serif;font-size:14px;color:#333">%s</p>'
                       % esc(p) for p in new.split("\n\n"))
        return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title></title></head><body style="margin:0;padding:0">'
                '<table width="100%%" cellpadding="0" cellspacing="0" role="presentation"><tr><td style="padding:24px">'
                '%s</td></tr></table></body></html>\n' % body.replace("\n", "<br>"))
    raise ValueError(flavour)


# ---------------------------------------------------------------- client profiles
def _b64sig(r):
    return rnd(r, 342, B64A) + "=="


def dkim(r, d, s, fields, body, t):
    bh = base64.b64encode(hashlib.sha256(body.encode("utf-8", "replace")).digest()).decode()
    b = _b64sig(r)
    lines = ["DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;" % d,
             " s=%s; t=%d;" % (s, epoch(t)), " h=%s;" % fields, " bh=%s;" % bh, " b=" + b[:70]]
    lines += ["\t" + b[i:i + 72] for i in range(70, len(b), 72)]
    return NL.join(lines)


def profile(c, r, dom, t, text):
    """Header facts of a mail program: hop (helo, rdns, ip), dkim domain, own lines, msgid, order, extras,
    date zone, layout (plain|alt), html flavour, default cte for plain part, signature line."""
    p = dict(extra={}, pre=[], zone="central", layout="alt", flav="gmail", cte="qp-if-needed", sigline=None,
             mimev="1.0", boundary=None, dk=dom, spf=True, sel="default")
    if c in ("gmail", "gmail-android", "gmail-es", "workspace"):
        n = r.randint(10, 240)
        host = "mail-%s-f%d.google.com" % (r.choice(["qt1", "yb1", "pj1", "oo1", "ed1", "wr1", "lf1", "vk1"]), n)
        p["hop"] = (host, host, "209.85.%d.%d" % (r.choice([128, 160, 167, 208, 214, 219, 221]), n))
        p["sel"] = "20230601" if dom == "gmail.com" else "google"
        p["pre"] = ["X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=1e100.net; s=20230601; t=%d;"
                    % epoch(t) + NL + " x=%d; h=to:subject:message-id:date:from:mime-version; bh=%s=;" % (
                        epoch(t) + 604800, rnd(r, 43, B64A)) + NL + " b=" + rnd(r, 64, B64A),
                    "X-Gm-Message-State: AOJu0Y" + rnd(r, 58, B64A),
                    "X-Google-Smtp-Source: AGHT+I" + rnd(r, 56, B64A) + "==",
                    "X-Received: by 2002:a05:%d:%s with SMTP id %s;%s        %s" % (
                        r.randint(6000, 6999), rnd(r, 4, HEXL), rnd(r, 30, "abcdefghijklmnopqrstuvwxyz0123456789"),
                        NL, fmt_date(t, "pacific").replace(" (UTC)", ""))]
        p["msgid"] = "<CA%s%s@mail.gmail.com>" % (r.choice("ADHKLMNOP"), rnd(r, 46, AN + "-_+"))
        p["order"] = ["MIME-Version", "References", "In-Reply-To", "From", "Date", "Message-ID", "Subject", "To",
                      "Cc", "Reply-To", "@CT"]
        p["boundary"] = "0000000000" + rnd(r, 18, HEXL)
        p["zone"] = "central-noname"
        p["fields"] = "mime-version:references:in-reply-to:from:date:message-id:subject:to"
    elif c in ("o365", "outlook-com", "outlook-es"):
        consumer = c != "o365"
        srv = "%s%02dMB%04d" % (r.choice(["BN8PR", "CH3PR", "DM4PR", "SJ0PR", "MW4PR", "PH7PR", "IA1PR", "CY8PR"]),
                                r.randint(1, 19), r.randint(1000, 9999))
        reg = r.choice(["namprd04", "namprd06", "namprd11", "namprd15", "namprd17"])
        nam = "NAM%02d" % r.randint(2, 12)
        side = r.choice(["CO1", "DM6", "BN7", "MW2", "BN1"])
        ip = ("40.92.%d.%d" if consumer else "40.107.%d.%d") % (r.randint(18, 240), r.randint(10, 250))
        rd = "mail-%s%s%s20%02d.outbound.protection.outlook.com" % (
            side.lower(), nam.lower(), "olkn" if consumer else "on", r.randint(10, 99))
        p["hop"] = ("%s-%s-obe.outbound.protection.outlook.com" % (nam, side), rd, ip)
        p["sel"] = "selector1" if consumer else "selector2"
        if consumer:
            p["dk"] = "outlook.com" if dom in ("hotmail.com", "outlook.com", "live.com", "msn.com") else dom
        p["pre"] = ["ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;" + NL + " b=" +
                    rnd(r, 72, B64A),
                    "Received: from %s.%s.prod.outlook.com ([fe80::%s:%s:%s:%s]) by%s %s.%s.prod.outlook.com"
                    " ([fe80::%s:%s%%%d]) with mapi id 15.20.%d.%d; %s" % (
                        srv, reg, rnd(r, 4, HEXL), rnd(r, 4, HEXL), rnd(r, 4, HEXL), rnd(r, 4, HEXL), NL, srv, reg,
                        rnd(r, 4, HEXL), rnd(r, 4, HEXL), r.randint(3, 7), r.randint(8600, 9300), r.randint(10, 40),
                        fmt_date(t, "utc").replace(" (UTC)", ""))]
        p["msgid"] = "<%s%s@%s.%s.prod.outlook.com>" % (srv, rnd(r, 26, HEXU), srv, reg)
        p["order"] = ["From", "To", "Cc", "Reply-To", "Subject", "Thread-Topic", "Thread-Index", "Date",
                      "Message-ID", "References", "In-Reply-To", "Accept-Language", "Content-Language",
                      "X-MS-Has-Attach", "X-MS-TNEF-Correlator", "x-ms-exchange-messagesentrepresentingtype", "@CT",
                      "MIME-Version"]
        lang = "es-US" if c == "outlook-es" else "en-US"
        p["extra"] = {"Thread-Index": "AQH" + rnd(r, 30, B64A), "Accept-Language": lang, "Content-Language": lang,
                      "X-MS-Has-Attach": "", "X-MS-TNEF-Correlator": "",
                      "x-ms-exchange-messagesentrepresentingtype": "1"}
        p["zone"] = "utc-bare"
        p["flav"] = "outlook"
        p["cte"] = "quoted-printable"
        p["boundary"] = "_000_%s%sprodoutlookcom_" % (srv, rnd(r, 20, HEXU))
        p["fields"] = "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"
    elif c in ("iphone", "iphone-es", "applemail"):
        phone = c != "applemail"
        icloud = dom in ("icloud.com", "me.com", "mac.com")
        uid = "-".join(rnd(r, n, HEXU) for n in (8, 4, 4, 4, 12))
        if icloud:
            host = "st43p00im-ztdg%08d.me.com" % r.randint(10 ** 7, 2 * 10 ** 7)
            p["hop"] = (host, host, "17.58.%d.%d" % (r.randint(0, 90), r.randint(10, 250)))
            p["dk"], p["sel"] = "icloud.com", "1a1hai"
            p["pre"] = ["Received: from smtpclient.apple (unknown [172.%d.%d.%d])%s\tby %s (Postfix) with ESMTPSA id "
                        "%s; %s" % (r.randint(56, 58), r.randint(0, 255), r.randint(1, 250), NL, host,
                                    rnd(r, 11, HEXU), fmt_date(t, "utc").replace(" (UTC)", ""))]
        else:
            p["hop"] = None
        p["msgid"] = "<%s@%s>" % (uid, dom)
        if phone:
            p["extra"] = {"X-Mailer": "iPhone Mail (%s)" % r.choice(["22F76", "22G86", "23A341", "23B85", "23C55"])}
            p["order"] = ["@CT", "@CTE", "Mime-Version", "Subject", "Message-Id", "Date", "Cc",
                          "References", "In-Reply-To", "From", "Reply-To", "To", "X-Mailer"]
            p["mimev"] = "1.0 (1.0)"
            p["cte"] = "quoted-printable"
            p["sigline"] = "Enviado desde mi iPhone" if c == "iphone-es" else "Sent from my iPhone"
        else:
            v = r.choice(["3826.600.51.1.1", "3864.100.1.1.5"])
            p["extra"] = {"X-Mailer": "Apple Mail (2.%s)" % v}
            p["mimev"] = "1.0 (Mac OS X Mail 16.0 \\(%s\\))" % v
            p["order"] = ["@CT", "Mime-Version", "Subject", "From", "Reply-To", "In-Reply-To", "Date", "Cc",
                          "@CTE", "Message-Id", "References", "To", "X-Mailer"]
            p["cte"] = "7bit"
        p["layout"] = "plain"
        p["zone"] = "central-noname"
        p["fields"] = "Content-Type:Mime-Version:Subject:From:Date:Message-Id:To"
    elif c in ("yahoo", "aol", "yahoo-android"):
        host = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (r.randint(300, 330), r.randint(10, 60),
                                                        r.choice(["ne1", "bf2", "gq1"]))
        p["hop"] = (host, host, "66.163.%d.%d" % (r.randint(184, 191), r.randint(10, 250)))
        p["sel"] = "a2048" if dom == "aol.com" else "s2048"
        p["pre"] = ["X-YMail-OSG: " + rnd(r, 66, AN + "._") + NL + " " + rnd(r, 70, AN + "._"),
                    "X-Sonic-MF: <%s>" % "{frm}",
                    "Received: from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s" % (
                        host, fmt_date(t, "utc").replace(" (UTC)", ""))]
        p["msgid"] = "<%d.%d.%d@mail.yahoo.com>" % (r.randint(10 ** 8, 10 ** 9 - 1), r.randint(10 ** 6, 10 ** 7 - 1),
                                                   epoch(t) * 1000 + r.randint(0, 999))
        if c == "yahoo-android":
            mailer = None
            p["sigline"] = "Sent from Yahoo Mail on Android"
        else:
            mailer = "WebService/1.1.%d %s" % (r.choice([24562, 24652, 24866, 25017]),
                                               "AolMailNorrin" if c == "aol" else "YMailNorrin")
        p["extra"] = {"X-Mailer": mailer} if mailer else {}
        p["order"] = ["Date", "From", "Reply-To", "To", "Cc", "Message-ID", "In-Reply-To", "References", "Subject",
                      "MIME-Version", "@CT", "X-Mailer"]
        p["flav"] = "aol" if c == "aol" else "yahoo"
        p["cte"] = "7bit"
        p["boundary"] = "----=_Part_%d_%d.%d" % (r.randint(10 ** 5, 10 ** 7), r.randint(10 ** 8, 10 ** 9),
                                                 epoch(t) * 1000 + r.randint(0, 999))
        p["zone"] = "utc-bare"
        p["fields"] = "Date:From:To:Subject:References:From:Subject:Reply-To"
    elif c == "comcast":
        host = "resomta-h%dp-%06d.sys.comcast.net" % (r.randint(1, 2), r.randint(500000, 560000))
        p["hop"] = (host, host, "96.102.%d.%d" % (r.randint(0, 255), r.randint(1, 250)))
        p["sel"] = "20190202a"
        p["pre"] = ["Received: from oxapp-hoa-%02do.email.comcast.net ([96.118.%d.%d])%s\tby %s with ESMTPA id %s; %s"
                    % (r.randint(1, 40), r.randint(0, 255), r.randint(1, 250), NL, host, rnd(r, 14, AN),
                       fmt_date(t, "utc").replace(" (UTC)", ""))]
        p["msgid"] = "<%d.%d.%d@connect.xfinity.com>" % (r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 5, 10 ** 6),
                                                        epoch(t) * 1000 + r.randint(0, 999))
        p["extra"] = {"X-Priority": "3", "Importance": "Normal", "X-Mailer": "Open-Xchange Mailer v7.10.6-Rev%d" %
                      r.randint(30, 60), "X-Originating-Client": "open-xchange-appsuite"}
        p["order"] = ["Date", "From", "Reply-To", "To", "Cc", "Message-ID", "In-Reply-To", "References", "Subject",
                      "MIME-Version", "@CT", "X-Priority", "Importance", "X-Mailer", "X-Originating-Client"]
        p["flav"] = "ox"
        p["cte"] = "7bit"
        p["boundary"] = "----=_Part_%d_%d.%d" % (r.randint(10 ** 5, 10 ** 6), r.randint(10 ** 8, 10 ** 9),
                                                 epoch(t) * 1000)
        p["zone"] = "central-noname"
        p["fields"] = "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type"
    elif c in ("thunderbird", "thunderbird-html"):
        host = "smtp.%s" % dom
        p["hop"] = (host, "%s-%d.%s" % (r.choice(["mta", "out", "smtp-out"]), r.randint(1, 9), dom),
                    "%d.%d.%d.%d" % (r.choice([64, 67, 68, 71, 173, 184]), r.randint(0, 255), r.randint(0, 255),
                                     r.randint(1, 250)))
        home = (r.randint(24, 98), r.randint(0, 255), r.randint(0, 255), r.randint(1, 250))
        p["pre"] = ["Received: from [192.168.%d.%d] (%d-%d-%d-%d.dyn.%s [%s])%s\tby %s with ESMTPSA id %s; %s" % (
            r.randint(0, 2), r.randint(2, 250), home[0], home[1], home[2], home[3],
            r.choice(["mchsi.com", "mediacombb.net", "netins.net", "iowatelecom.net"]), ".".join(map(str, home)), NL,
            host, rnd(r, 12, AN), fmt_date(t, "central").replace(" (CDT)", "").replace(" (CST)", ""))]
        p["msgid"] = "<%s-%s-%s-%s-%s@%s>" % (rnd(r, 8, HEXL), rnd(r, 4, HEXL), rnd(r, 4, HEXL), rnd(r, 4, HEXL),
                                            rnd(r, 12, HEXL), dom)
        v = r.choice(["128.11.0", "140.3.0", "140.5.1"])
        p["extra"] = {"User-Agent": "Mozilla Thunderbird" if r.random() < 0.5 else
                      "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:%s) Gecko/20100101 Thunderbird/%s" % (
                          v.rsplit(".", 1)[0], v), "Content-Language": "en-US"}
        p["order"] = ["Message-ID", "Date", "MIME-Version", "User-Agent", "Subject", "Content-Language", "To",
                      "References", "From", "Reply-To", "In-Reply-To", "@CT", "@CTE"]
        p["layout"] = "plain" if c == "thunderbird" else "alt"
        p["flav"] = "tb"
        p["cte"] = "flowed"
        p["boundary"] = "------------" + rnd(r, 24, AN)
        p["zone"] = "central-noname"
        p["fields"] = "from:to:subject:date:message-id"
    elif c in ("samsung", "samsung-es"):
        # Samsung Email sends from the provider's submission server; body base64 more often than not
        p["hop"] = None
        p["msgid"] = "<%s.%s@email.android.com>" % (rnd(r, 8, HEXL), rnd(r, 5, HEXL)) if r.random() < 0.5 else \
            "<%s@%s>" % (rnd(r, 32, HEXL), dom)
        p["order"] = ["Date", "Subject", "In-Reply-To", "References", "From", "Reply-To", "To", "Cc",
                      "Message-ID", "MIME-Version", "@CT"]
        p["flav"] = "samsung"
        p["cte"] = "base64"
        p["boundary"] = "--_com.samsung.android.email_%d%d" % (r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 4, 10 ** 5))
        p["sigline"] = "Enviado desde mi Galaxy" if c == "samsung-es" else "Sent from my Galaxy"
        p["zone"] = "central-noname"
        p["fields"] = "from:to:subject:date:message-id"
    elif c == "webmail":
        # small ISPs' Roundcube (Mediacom, Windstream, local co-ops)
        p["hop"] = None
        p["msgid"] = "<%s@%s>" % (rnd(r, 32, HEXL), "webmail." + dom)
        p["extra"] = {"User-Agent": "Roundcube Webmail/1.6.%d" % r.randint(5, 11), "X-Sender": "{frm}"}
        p["order"] = ["MIME-Version", "Date", "From", "To", "Subject", "Reply-To", "In-Reply-To", "References",
                      "User-Agent", "Message-ID", "X-Sender", "@CT", "@CTE"]
        p["layout"] = "plain"
        p["cte"] = "qp-if-needed"
        p["zone"] = "central-noname"
        p["fields"] = "from:to:subject:date:message-id"
    else:
        raise ValueError(c)
    if p.get("hop") is None:
        host = "%s.%s" % (r.choice(["smtp", "mail", "outbound", "smtp-out"]), dom)
        ip = "%d.%d.%d.%d" % (r.choice([24, 50, 64, 67, 68, 71, 96, 173, 184]), r.randint(0, 255), r.randint(0, 255),
                              r.randint(1, 250))
        p["hop"] = (host, host, ip)
        if not p["pre"]:
            home = "%d.%d.%d.%d" % (r.randint(24, 98), r.randint(0, 255), r.randint(0, 255), r.randint(1, 250))
            p["pre"] = ["Received: from [%s] (unknown [%s])%s\tby %s with ESMTPSA id %s; %s" % (
                "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 250)), home, NL, host,
                rnd(r, 12, AN), fmt_date(t, "central").replace(" (CDT)", "").replace(" (CST)", ""))]
    return p


def msg_date(t, zone):
    if zone == "central-noname":
        return fmt_date(t, "central").rsplit(" (", 1)[0]
    if zone == "utc-bare":
        return fmt_date(t, "utc").rsplit(" (", 1)[0]
    return fmt_date(t, zone)
