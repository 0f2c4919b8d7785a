"""Sending programs: their header fields, Message-ID shapes, MIME layout, charset, encoding, and how they quote.

Each profile returns a dict: hop (helo, rdns, ip of the last outside relay), dkim (domain or None), spf/dmarc,
pre (lines the sending side adds above its own fields), msgid, extra (ordered header fields), fmt, cs, cte,
html (style), quote (plain quoting style), attr (attribution line format), flowed, boundary.
"""
from mail import rnd, rfc_date, NL, HEX, hexl, AN, B64

NAMES = {}


def prof(name):
    def deco(f):
        NAMES[f.__name__] = name
        return f
    return deco


def _dkim(r, d, sel, fields):
    b = rnd(r, 216, B64)
    return NL.join(["DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;" % (d, sel),
                    "\th=%s;" % fields, "\tbh=%s=;" % rnd(r, 43, B64),
                    "\tb=" + b[:70]] + ["\t  " + b[i:i + 70] for i in range(70, len(b), 70)])


def _uuid(r, up=True):
    h = HEX if up else hexl
    return "-".join(rnd(r, n, h) for n in (8, 4, 4, 4, 12))


@prof("Gmail (web)")
def gmail(c, r):
    n = r.randint(10, 250)
    host = "mail-%s-f%d.google.com" % (r.choice(["qk1", "yw1", "pl1", "ej1", "wm1", "lj1"]), n)
    return dict(hop=(host, host, "209.85.%d.%d" % (r.choice([128, 160, 166, 208, 219]), n)), dkim=c.dom,
                pre=[_dkim(r, c.dom, "20230601" if c.dom == "gmail.com" else "google",
                           "mime-version:from:date:message-id:subject:to")],
                msgid="<CA%s@mail.gmail.com>" % rnd(r, 50, AN + "_-+="),
                extra=[], fmt="alt", cs="UTF-8", cte=None, html="gmail", quote="gt",
                attr="On {date}, {who} wrote:", flowed=False, boundary="000000000000" + rnd(r, 16, hexl))


@prof("Gmail app (Android)")
def gmail_android(c, r):
    p = gmail(c, r)
    p["cte"] = "quoted-printable"
    return p


@prof("Outlook / Microsoft 365")
def o365(c, r):
    srv = "%s%02dMB%04d" % (r.choice(["CH3PR", "DM6PR", "SA1PR", "MN2PR", "BL1PR"]), r.randint(1, 19), r.randint(1000, 9999))
    dom = c.dom
    return dict(hop=("NAM%02d-%s-obe.outbound.protection.outlook.com" % (r.randint(2, 12), r.choice(["BN8", "DM6", "CO1"])),
                     "mail-%s.outbound.protection.outlook.com" % rnd(r, 6, hexl),
                     "40.107.%d.%d" % (r.randint(200, 250), r.randint(1, 250))), dkim=dom,
                pre=[], msgid="<%s%s@%s.namprd%02d.prod.outlook.com>" % (srv, rnd(r, 20, HEX), srv, r.randint(1, 20)),
                extra=[("Thread-Topic", "@SUBJ"), ("Thread-Index", "AQH" + rnd(r, 25, B64) + "=="),
                       ("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
                       ("X-MS-TNEF-Correlator", "")],
                fmt="alt", cs="us-ascii", cte="quoted-printable", html="outlook", quote="outlook",
                attr="From: {whofull}\nSent: {longdate}\nTo: {to}\nSubject: {subj}", flowed=False,
                boundary="_000_%s%s_" % (srv, rnd(r, 16, HEX)))


@prof("Outlook.com (Hotmail)")
def outlookcom(c, r):
    p = o365(c, r)
    p["msgid"] = "<%s@%s.namprd%02d.prod.outlook.com>" % (rnd(r, 34, AN), rnd(r, 12, HEX), r.randint(1, 20))
    p["extra"] = [("Thread-Topic", "@SUBJ"), ("Thread-Index", "AQH" + rnd(r, 25, B64) + "=="),
                  ("Content-Language", "en-US"), ("X-MS-Has-Attach", "")]
    p["cs"] = "utf-8"
    return p


@prof("Classic Outlook (desktop)")
def outlook16(c, r):
    return dict(hop=("%s.%s" % (r.choice(["mail", "smtp", "exch01"]), c.dom), "mail.%s" % c.dom,
                     "%d.%d.%d.%d" % (r.randint(64, 200), r.randint(1, 250), r.randint(1, 250), r.randint(1, 250))),
                dkim=None, pre=[], msgid="<00%s$%s$%s@%s>" % (rnd(r, 10, hexl), rnd(r, 8, hexl), rnd(r, 8, hexl), c.dom),
                extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdxZ" + rnd(r, 20, B64)),
                       ("Content-Language", "en-us")],
                fmt="alt", cs="windows-1252", cte="quoted-printable", html="outlook", quote="outlook",
                attr="From: {whofull}\nSent: {longdate}\nTo: {to}\nSubject: {subj}", flowed=False,
                boundary="----=_NextPart_000_%s_01DC%s.%s" % (rnd(r, 4, HEX), rnd(r, 4, HEX), rnd(r, 8, HEX)))


@prof("iPhone Mail")
def iphone(c, r):
    return dict(hop=("st43p00im-%s.me.com" % rnd(r, 6, hexl), "st43p00im-%s.me.com" % rnd(r, 6, hexl),
                     "17.58.%d.%d" % (r.randint(1, 90), r.randint(1, 250))), dkim=c.dom,
                pre=[], msgid="<%s@%s>" % (_uuid(r), c.dom if c.dom in ("icloud.com", "me.com") else "icloud.com"),
                extra=[("X-Mailer", "iPhone Mail (%s)" % r.choice(["22B91", "23A355", "22G86", "23B85"]))],
                fmt="plain", cs="utf-8", cte="quoted-printable", html="apple", quote="gt",
                attr="> On {shortdate}, {who} wrote:\n>", flowed=False, boundary="Apple-Mail-" + _uuid(r))


@prof("Apple Mail (Mac)")
def applemail(c, r):
    p = iphone(c, r)
    p["extra"] = [("X-Mailer", "Apple Mail (2.3826.%d.1.%d)" % (r.randint(100, 700), r.randint(1, 9)))]
    p["fmt"] = "alt"
    p["attr"] = "On {shortdate}, {who} wrote:"
    return p


@prof("Yahoo Mail")
def yahoo(c, r, app="WebService/1.1.24652 YMailNorrin"):
    n = r.randint(1000000, 9999999)
    ts = 1764000000000 + r.randint(0, 9 ** 9)
    return dict(hop=("sonic%d-%d.consmr.mail.bf2.yahoo.com" % (r.randint(300, 330), r.randint(10, 60)),
                     "sonic%d.consmr.mail.bf2.yahoo.com" % r.randint(300, 330), "74.6.128.%d" % r.randint(1, 250)),
                dkim=c.dom, pre=[_dkim(r, c.dom, "s2048", "date:from:to:message-id:subject")],
                msgid="<%d.%d.%d@mail.yahoo.com>" % (r.randint(10 ** 8, 10 ** 9), n, ts),
                extra=[("X-Mailer", app)], fmt="alt", cs="UTF-8", cte="7bit", html="yahoo", quote="gt",
                attr="On {longdate}, {who} wrote:", flowed=False, boundary="----=_Part_%d_%d.%d" % (n, r.randint(10 ** 8, 10 ** 9), ts))


@prof("Yahoo Mail app (Android)")
def yahoo_app(c, r):
    p = yahoo(c, r, "WebService/1.1.24652 YahooMailAndroidMobile")
    p["cte"] = "quoted-printable"
    return p


@prof("AOL Mail")
def aol(c, r):
    p = yahoo(c, r, "WebService/1.1.24652 AolMailNorrin")
    p["msgid"] = p["msgid"].replace("mail.yahoo.com", "mail.aol.com") if False else p["msgid"]
    return p


@prof("Thunderbird")
def thunderbird(c, r):
    return dict(hop=("[192.168.1.%d]" % r.randint(2, 99), "%s.%s" % (rnd(r, 8, hexl), c.dom),
                     "%d.%d.%d.%d" % (r.randint(24, 99), r.randint(1, 250), r.randint(1, 250), r.randint(1, 250))),
                dkim=None, pre=[], msgid="<%s@%s>" % (_uuid(r, False), c.dom),
                extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-US")],
                fmt="plain", cs="UTF-8", cte=None, html="apple", quote="gt", attr="On {slashdate}, {who} wrote:",
                flowed=True, boundary="------------" + rnd(r, 24, AN))


@prof("Roundcube webmail (ISP)")
def roundcube(c, r):
    return dict(hop=("webmail.%s" % c.dom, "webmail.%s" % c.dom,
                     "%d.%d.%d.%d" % (r.choice([66, 173, 216]), r.randint(1, 250), r.randint(1, 250), r.randint(1, 250))),
                dkim=c.dom, pre=[], msgid="<%s@%s>" % (rnd(r, 32, hexl), c.dom),
                extra=[("User-Agent", "Roundcube Webmail/1.6.%d" % r.randint(5, 11))],
                fmt="plain", cs="UTF-8", cte="quoted-printable", html="apple", quote="gt",
                attr="On {isodate}, {who} wrote:", flowed=True, boundary="=_" + rnd(r, 32, hexl))


@prof("Samsung Email")
def samsung(c, r):
    p = gmail(c, r)
    p.update(msgid="<%s.%s@email.android.com>" % (rnd(r, 12, AN), rnd(r, 8, AN)),
             extra=[], fmt="html", cs="UTF-8", cte="base64", html="apple", quote="gt",
             attr="-------- Original message --------\nFrom: {whofull}\nDate: {slashdate}\nTo: {to}\nSubject: {subj}")
    p["boundary"] = "--_com.samsung.android.email_" + rnd(r, 16, "0123456789")
    return p


@prof("Xfinity Connect")
def xfinity(c, r):
    return dict(hop=("resomta-po-%02dv.sys.comcast.net" % r.randint(1, 20), "resomta-po-%02dv.sys.comcast.net" % r.randint(1, 20),
                     "96.114.154.%d" % r.randint(1, 250)), dkim="comcast.net", pre=[],
                msgid="<%d.%d.%d@connect.xfinity.com>" % (r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 5, 10 ** 6), r.randint(10 ** 12, 10 ** 13)),
                extra=[("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev%d" % r.randint(30, 70)), ("X-Originating-Client", "open-xchange-appsuite")],
                fmt="alt", cs="UTF-8", cte="7bit", html="apple", quote="gt", attr="On {longdate}, {who} wrote:",
                flowed=False, boundary="----=_Part_%d_%d.%d" % (r.randint(10 ** 5, 10 ** 6), r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 12, 10 ** 13)))


@prof("bulk sender / ESP")
def esp(c, r):
    return dict(hop=("o%d.ptr%d.%s" % (r.randint(1, 9), r.randint(1000, 9999), c.dom), "o%d.%s" % (r.randint(1, 9), c.dom),
                     "149.72.%d.%d" % (r.randint(1, 250), r.randint(1, 250))), dkim=c.dom, pre=[],
                msgid="<%s@%s>" % (rnd(r, 22, AN), c.dom), extra=[("X-Mailer", "ESP-MTA")],
                fmt="alt", cs="utf-8", cte="quoted-printable", html="apple", quote="gt", attr="", flowed=False,
                boundary=rnd(r, 30, hexl))


@prof("vendor mail server")
def vendor(c, r):
    return dict(hop=("smtp.%s" % c.dom, "smtp.%s" % c.dom, "%d.%d.%d.%d" % (r.randint(50, 210), r.randint(1, 250), r.randint(1, 250), r.randint(1, 250))),
                dkim=c.dom, pre=[], msgid="<%s.%s@%s>" % (rnd(r, 14, "0123456789"), rnd(r, 8, AN), c.dom),
                extra=[], fmt="plain", cs="us-ascii", cte="7bit", html="apple", quote="gt", attr="", flowed=False,
                boundary="=_" + rnd(r, 24, AN))


@prof("phishing kit")
def phish(c, r):
    return dict(hop=("vps%d.hosting-%s.net" % (r.randint(100, 999), rnd(r, 4, hexl)), "unknown",
                     "%d.%d.%d.%d" % (r.choice([45, 91, 185, 193]), r.randint(1, 250), r.randint(1, 250), r.randint(1, 250))),
                dkim=None, spf="softfail", dmarc="fail", pre=[], msgid="<%s@%s>" % (rnd(r, 32, hexl), "localhost"),
                extra=[("X-Mailer", "PHPMailer 6.8.%d (https://github.com/PHPMailer/PHPMailer)" % r.randint(0, 9))],
                fmt="html", cs="utf-8", cte="base64", html="apple", quote="gt", attr="", flowed=False,
                boundary="b1_" + rnd(r, 40, AN))


@prof("receiving MTA (DSN)")
def mta(c, r):
    return dict(hop=(c.dom, c.dom, "%d.%d.%d.%d" % (r.randint(60, 210), r.randint(1, 250), r.randint(1, 250), r.randint(1, 250))),
                dkim=None, pre=[], msgid="<%s.%s@%s>" % (rnd(r, 12, HEX), rnd(r, 6, HEX), c.dom), extra=[],
                fmt="plain", cs="us-ascii", cte="7bit", html="apple", quote="gt", attr="", flowed=False,
                boundary="%s.%d/%s" % (rnd(r, 10, HEX), r.randint(10 ** 9, 2 * 10 ** 9), c.dom))


PROFILES = {k: globals()[k] for k in NAMES}
