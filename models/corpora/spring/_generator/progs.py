"""Sending-program profiles: Message-ID style, headers, body format, how each program quotes, and the hop that
handed the message to our MX (chosen by the sender's domain)."""
from mk import rnd, uuid, AN, HEX, HEXU, DIG, DAYS, MONTHS, DIAS, MESES, ZONES
import datetime as dt


def local(t, zone):
    return t + dt.timedelta(hours=ZONES[zone][0])


def h12(t):
    h = t.hour % 12 or 12
    return "%d:%02d %s" % (h, t.minute, "AM" if t.hour < 12 else "PM")


def h12es(t):
    h = t.hour % 12 or 12
    return "%d:%02d %s" % (h, t.minute, "a. m." if t.hour < 12 else "p. m.")


# attribution lines; o = (name, addr, local_time, subject), me = the replier's address
def a_gmail(o, me):
    n, a, t, s = o
    return "On %s, %s %d, %d at %s %s <%s> wrote:" % (DAYS[t.weekday()][:3], MONTHS[t.month - 1][:3], t.day, t.year,
                                                     h12(t), n, a)


def a_gmail_es(o, me):
    n, a, t, s = o
    return "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (DIAS[t.weekday()][:3], t.day, MESES[t.month - 1][:3],
                                                                   t.year, t.hour, t.minute, n, a)


def a_apple(o, me):
    n, a, t, s = o
    return "On %s %d, %d, at %s, %s <%s> wrote:" % (MONTHS[t.month - 1][:3], t.day, t.year, h12(t), n, a)


def a_apple_es(o, me):
    n, a, t, s = o
    return "El %d %s %d, a las %s, %s <%s> escribió:" % (t.day, MESES[t.month - 1][:3], t.year, h12es(t), n, a)


def a_tb(o, me):
    n, a, t, s = o
    return "On %d/%d/%s %s, %s wrote:" % (t.month, t.day, str(t.year)[2:], h12(t), n)


def a_yahoo(o, me):
    n, a, t, s = o
    hh = t.hour % 12 or 12
    return "On %s, %s %d, %d at %02d:%02d:%02d %s CDT, %s <%s> wrote:" % (
        DAYS[t.weekday()], MONTHS[t.month - 1], t.day, t.year, hh, t.minute, t.second, "AM" if t.hour < 12 else "PM",
        n, a)


def a_ox(o, me):
    n, a, t, s = o
    return "On %02d/%02d/%d %s CDT %s <%s> wrote:" % (t.month, t.day, t.year, h12(t), n, a)


def a_rc(o, me):
    n, a, t, s = o
    return "On %d-%02d-%02d %02d:%02d, %s wrote:" % (t.year, t.month, t.day, t.hour, t.minute, n)


def hdr_outlook(o, me):
    n, a, t, s = o
    return "From: %s <%s>\nSent: %s, %s %d, %d %s\nTo: %s\nSubject: %s" % (
        n, a, DAYS[t.weekday()], MONTHS[t.month - 1], t.day, t.year, h12(t), me, s)


def hdr_outlook_es(o, me):
    n, a, t, s = o
    return "De: %s <%s>\nEnviado: %s, %d de %s de %d %d:%02d\nPara: %s\nAsunto: %s" % (
        n, a, DIAS[t.weekday()], t.day, MESES[t.month - 1], t.year, t.hour, t.minute, me, s)


def hdr_samsung(o, me):
    n, a, t, s = o
    return "-------- Original message --------\nFrom: %s <%s> \nDate: %d/%d/%s %s  (GMT-05:00) \nTo: %s \n" \
           "Subject: %s " % (n, a, t.month, t.day, str(t.year)[2:], h12(t), me, s)


def hdr_samsung_es(o, me):
    n, a, t, s = o
    return "-------- Mensaje original --------\nDe: %s <%s> \nFecha: %d/%d/%s %s  (GMT-05:00) \nPara: %s \n" \
           "Asunto: %s " % (n, a, t.day, t.month, str(t.year)[2:], h12es(t), me, s)


def fwd_gmail(o, me):
    n, a, t, s = o
    return "---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s, %s %d, %d at %s\nSubject: %s\nTo: <%s>" % (
        n, a, DAYS[t.weekday()][:3], MONTHS[t.month - 1][:3], t.day, t.year, h12(t), s, me)


def fwd_apple(o, me):
    n, a, t, s = o
    return "Begin forwarded message:\n\nFrom: %s <%s>\nDate: %s %d, %d at %s CDT\nTo: %s\nSubject: %s" % (
        n, a, MONTHS[t.month - 1], t.day, t.year, h12(t), me, s)


def hop_for(dom, r):
    d = dom.lower()
    if d in ("gmail.com", "googlemail.com"):
        n = r.randint(1, 250)
        return ("mail-%s-f%d.google.com" % (r.choice(["yw1", "qk1", "pl1", "ot1", "io1", "ua1"]), n),
                "209.85.%d.%d" % (r.choice([128, 160, 166, 210, 214, 219]), n), "gmail.com")
    if d in ("yahoo.com", "aol.com", "ymail.com", "rocketmail.com", "yahoo.com.mx"):
        n = r.randint(300, 330)
        return ("sonic%d-%d.consmr.mail.%s.yahoo.com" % (n, r.randint(1, 40), r.choice(["bf2", "ne1", "gq1"])),
                "66.163.%d.%d" % (r.randint(184, 191), r.randint(2, 250)), d)
    if d in ("outlook.com", "hotmail.com", "live.com", "msn.com", "outlook.es"):
        x = rnd(r, 4, "abcdefghijklmnopqrstuvwxyz") + str(r.randint(10, 99)) + "olkn" + str(r.randint(2000, 2099))
        return ("%s.outbound.protection.outlook.com" % x, "40.92.%d.%d" % (r.randint(16, 63), r.randint(2, 250)), d)
    if d in ("icloud.com", "me.com", "mac.com"):
        return ("st43p00im-%s.me.com" % rnd(r, 6, "abcdefghijklmnopqrstuvwxyz0123456789"),
                "17.58.%d.%d" % (r.randint(38, 63), r.randint(2, 250)), d)
    if d == "comcast.net":
        return ("resomta-po-%02dv.sys.comcast.net" % r.randint(1, 30), "96.114.154.%d" % r.randint(130, 250), d)
    return ("mail.%s" % d, "%d.%d.%d.%d" % (r.choice([64, 69, 74, 98, 104, 159, 173, 198, 204, 216]),
                                              r.randint(1, 254), r.randint(1, 254), r.randint(2, 250)), d)


def m365_hop(r):
    x = rnd(r, 2, "abcdefghijklmnopqrstuvwxyz") + "nam" + str(r.randint(10, 12)) + "on2" + str(r.randint(100, 999))
    return ("mail-%s.outbound.protection.outlook.com" % x, "40.107.%d.%d" % (r.randint(200, 244), r.randint(2, 250)))


def profile(prog, r, frm, t_utc, zone):
    dom = frm.split("@")[1]
    p = dict(fmt="alt", cs="UTF-8", cte=None, html_cte="quoted-printable", flowed=False, html="div",
             quote="gt", attr=a_gmail, fwd=fwd_gmail, sig="", extra=[], mime="MIME-Version: 1.0", hop=None)
    if prog in ("gmail", "gmail_android", "gmail_es", "gmail_android_es"):
        p["msgid"] = "<CA%s@mail.gmail.com>" % rnd(r, r.randint(44, 52), AN + "+_=-")
        if prog.endswith("_es"):
            p["attr"] = a_gmail_es
    elif prog in ("iphone", "iphone_es", "ipad"):
        p["msgid"] = "<%s@%s>" % (uuid(r), dom)
        p.update(fmt="plain", cs="utf-8", attr=a_apple_es if prog == "iphone_es" else a_apple, fwd=fwd_apple,
                 sig={"iphone": "Sent from my iPhone", "iphone_es": "Enviado desde mi iPhone",
                      "ipad": "Sent from my iPad"}[prog],
                 mime="Mime-Version: 1.0 (1.0)")
        p["extra"] = [("X-Mailer", "iPhone Mail (23E%d)" % r.choice([224, 246, 254]) if prog != "ipad"
                       else "iPad Mail (23E246)")]
    elif prog == "applemail":
        p["msgid"] = "<%s@%s>" % (uuid(r), dom)
        v = "3826.500.181.1.%d" % r.randint(1, 9)
        p.update(fmt="plain", cs="us-ascii", flowed=True, attr=a_apple, fwd=fwd_apple,
                 mime="Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(%s\\))" % v)
        p["extra"] = [("X-Mailer", "Apple Mail (2.%s)" % v)]
    elif prog in ("outlook365", "outlookcom", "outlook_es"):
        pod = rnd(r, 2, "ABCDEFGHJKLMNPQRSTUVWXYZ") + str(r.randint(0, 9)) + "PR" + "%02d" % r.randint(1, 20) + \
            "MB" + str(r.randint(1000, 9999))
        p["msgid"] = "<%s%s@%s.namprd%02d.prod.outlook.com>" % (pod, rnd(r, 28, HEXU), pod, r.randint(1, 20))
        p.update(cs="us-ascii", quote="outlook", attr=hdr_outlook_es if prog == "outlook_es" else hdr_outlook,
                 html="p")
        lang = "es-US" if prog == "outlook_es" else "en-US"
        p["extra"] = [("Thread-Topic", "@SUBJ"), ("Thread-Index", "AQH" + rnd(r, 29, AN) + "=="),
                      ("Accept-Language", lang), ("Content-Language", lang), ("X-MS-Has-Attach", ""),
                      ("X-MS-TNEF-Correlator", "")]
        if prog == "outlook365":
            p["hop"] = m365_hop(r)
    elif prog == "outlook_classic":
        p["msgid"] = "<%s$%s$%s$@%s>" % ("0000" + rnd(r, 8, HEX), rnd(r, 8, HEX), rnd(r, 8, HEX), dom)
        p.update(cs="windows-1252", cte="quoted-printable", quote="outlook", attr=hdr_outlook, html="p")
        p["extra"] = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQ" + rnd(r, 30, AN) + "=="),
                      ("Content-Language", "en-us")]
    elif prog in ("yahoo", "aol", "yahoo_app"):
        p["msgid"] = "<%d.%d.%d@mail.yahoo.com>" % (r.randint(10 ** 8, 2 * 10 ** 9), r.randint(10 ** 6, 9 * 10 ** 6),
                                                     1775000000000 + r.randint(0, 6 * 10 ** 9))
        p.update(attr=a_yahoo, html="div")
        mailer = {"yahoo": "YMailNorrin", "aol": "AolMailNorrin", "yahoo_app": "YahooMailIosMobile"}[prog]
        p["extra"] = [("X-Mailer", "WebService/1.1.25394 " + mailer)]
        if prog == "yahoo_app":
            p["sig"] = "Sent from Yahoo Mail for iPhone"
    elif prog == "thunderbird":
        p["msgid"] = "<%s@%s>" % (uuid(r, upper=False), dom)
        p.update(fmt="plain", cs="UTF-8", flowed=True, attr=a_tb)
        p["extra"] = [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-US")]
    elif prog in ("samsung", "samsung_es"):
        p["msgid"] = "<%s.%d@email.android.com>" % (rnd(r, 24, "abcdefghijklmnopqrstuvwxyz0123456789"),
                                                    1775000000000 + r.randint(0, 6 * 10 ** 9))
        p.update(fmt="html", html_cte="base64", html="br", quote="samsung",
                 attr=hdr_samsung_es if prog == "samsung_es" else hdr_samsung,
                 sig="Enviado desde mi Galaxy" if prog == "samsung_es" else "Sent from my Galaxy")
    elif prog == "xfinity":
        p["msgid"] = "<%d.%d.%d@connect.xfinity.com>" % (r.randint(10 ** 8, 9 * 10 ** 8), r.randint(10 ** 5, 9 * 10 ** 5),
                                                         r.randint(10 ** 12, 9 * 10 ** 12))
        p.update(attr=a_ox, cte="7bit")
        p["extra"] = [("Importance", "Normal"), ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev%d" % r.randint(60, 72)),
                      ("X-Originating-Client", "open-xchange-appsuite")]
    elif prog == "roundcube":
        p["msgid"] = "<%s@%s>" % (rnd(r, 32, HEX), dom)
        p.update(fmt="plain", flowed=True, attr=a_rc)
        p["extra"] = [("User-Agent", "Roundcube Webmail/1.6.%d" % r.randint(6, 11)), ("X-Sender", frm)]
    else:
        raise ValueError(prog)
    return p
