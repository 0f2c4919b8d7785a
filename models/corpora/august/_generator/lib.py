"""Helpers for the `august` set: header chains, MIME bodies, quoting styles. Standard library only."""
import base64, calendar, datetime as dt, hashlib, html, quopri, random, re

R = random.Random(20270809)
CDT = -5
ALPH = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
B64 = ALPH + "+/"
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
LDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
LMONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]


def rs(n, al=ALPH):
    return "".join(R.choice(al) for _ in range(n))


def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def qid():
    return "4" + rs(1, "TVWXYZ") + rs(1, "abcdefghjkmnpqrstvwxyz") + rs(1, "0123456789") + rs(10, "BCDFGHJKLMNPQRSTVWXYZbcdfghjkmnpqrstvwxyz0123456789")


def T(s):
    """'2027-08-09 14:02:16' (Central time) -> datetime"""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")


def ts(d, tz=CDT):
    return calendar.timegm((d - dt.timedelta(hours=tz)).timetuple())


def shift(d, tz):
    """central-time datetime -> wall clock in zone tz"""
    return d + dt.timedelta(hours=tz - CDT)


def off(tz):
    return "%s%02d00" % ("-" if tz < 0 else "+", abs(tz))


def rfc(d, tz=CDT, pad=False, zname=None, zero=False):
    w = shift(d, tz)
    day = ("%2d" % w.day) if pad else (("%02d" % w.day) if zero else str(w.day))
    s = "%s, %s %s %d %02d:%02d:%02d %s" % (DAYS[w.weekday()], day, MONTHS[w.month - 1], w.year, w.hour, w.minute, w.second, off(tz))
    if zname:
        s += " (%s)" % zname
    return s


def pf(d):
    return rfc(d, CDT, pad=True, zname="CDT")


def secs(d, n):
    return d + dt.timedelta(seconds=n)


def fold(name, value):
    return "%s: %s" % (name, value)


def enc_word(s, charset="utf-8", q=False):
    if all(ord(c) < 128 for c in s):
        return s
    b = s.encode(charset)
    if q:
        out = ""
        for ch in b:
            c = chr(ch)
            if c.isalnum() and ch < 128:
                out += c
            elif c == " ":
                out += "_"
            else:
                out += "=%02X" % ch
        return "=?%s?Q?%s?=" % (charset.upper() if charset != "utf-8" else "UTF-8", out)
    return "=?%s?B?%s?=" % ("UTF-8" if charset == "utf-8" else charset, base64.b64encode(b).decode())


def addr(name, a, charset="utf-8", q=False, quote=False):
    if not name:
        return a
    if any(ord(c) > 127 for c in name):
        return "%s <%s>" % (enc_word(name, charset, q), a)
    if quote or any(c in name for c in ",.()"):
        return '"%s" <%s>' % (name, a)
    return "%s <%s>" % (name, a)


def qp(text, charset="utf-8"):
    b = text.encode(charset)
    return quopri.encodestring(b).decode("ascii")


def b64(text, charset="utf-8", raw=None):
    b = raw if raw is not None else text.encode(charset)
    s = base64.b64encode(b).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"


def leaf(text, subtype="plain", charset="utf-8", cte=None, extra_ct="", flowed=False):
    if cte is None:
        ascii_ok = all(ord(c) < 128 for c in text) and max([len(x) for x in text.split("\n")] + [0]) <= 76
        cte = "7bit" if ascii_ok else "quoted-printable"
    ct = 'text/%s; charset="%s"' % (subtype, charset) if charset.lower() == "utf-8" and subtype != "calendar" else "text/%s; charset=%s" % (subtype, charset)
    if flowed:
        ct += "; format=flowed"
    ct += extra_ct
    if cte == "quoted-printable":
        body = qp(text, charset)
    elif cte == "base64":
        body = b64(text, charset)
    else:
        body = text
    if not body.endswith("\n"):
        body += "\n"
    return ["Content-Type: " + ct, "Content-Transfer-Encoding: " + cte], body


def multipart(subtype, boundary, parts, params="", preamble=""):
    out = preamble
    for hdrs, body in parts:
        out += "--%s\n%s\n\n%s" % (boundary, "\n".join(hdrs), body)
        if not body.endswith("\n"):
            out += "\n"
        out += "\n"
    out += "--%s--\n" % boundary
    return ['Content-Type: multipart/%s; boundary="%s"%s' % (subtype, boundary, params)], out


def wrap(text, width=72):
    out = []
    for para in text.split("\n"):
        if len(para) <= width:
            out.append(para)
            continue
        line = ""
        for w in para.split(" "):
            if line and len(line) + 1 + len(w) > width:
                out.append(line)
                line = w
            else:
                line = (line + " " + w) if line else w
        out.append(line)
    return "\n".join(out)


def esc(s):
    return html.escape(s, quote=False)


# ---------------------------------------------------------------- top of every message (our MX chain)
MXIP = {"mx1": "10.20.4.11", "mx2": "10.20.4.12"}


def top(mailbox, envfrom, arrive, helo, ip, auth, rdns=None, tls=True):
    mx = R.choice(["mx1", "mx2"])
    q1, q2 = qid(), qid()
    rdns = rdns or helo
    lines = ["Return-Path: <%s>" % envfrom,
             "Delivered-To: %s@alliant-energy.com" % mailbox,
             "Received: from %s.alliant-energy.com (%s.alliant-energy.com [%s])\n\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id %s\n\tfor <%s@alliant-energy.com>; %s" % (mx, mx, MXIP[mx], q2, mailbox, pf(secs(arrive, 1))),
             "Authentication-Results: %s.alliant-energy.com;\n\t%s" % (mx, auth.replace("mxhost:", mx + ".alliant-energy.com:"))]
    if tls:
        lines.append("Received: from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby %s.alliant-energy.com (Postfix) with ESMTPS id %s\n\tfor <%s@alliant-energy.com>; %s" % (helo, rdns, ip, mx, q1, mailbox, pf(arrive)))
    else:
        lines.append("Received: from %s (%s [%s])\n\tby %s.alliant-energy.com (Postfix) with ESMTP id %s\n\tfor <%s@alliant-energy.com>; %s" % (helo, rdns, ip, mx, q1, mailbox, pf(arrive)))
    return lines


def auth(dkim=None, spf=None, dmarc=None, mailfrom=None, ip=None, policy="p=NONE sp=QUARANTINE dis=NONE", helo=None):
    parts = []
    if dkim:
        d, s, res = dkim if len(dkim) == 3 else (dkim[0], dkim[1], "pass")
        parts.append("dkim=%s header.d=%s header.s=%s header.b=%s" % (res, d, s, rs(8)))
    else:
        parts.append("dkim=none")
    spfres = spf or "pass"
    if mailfrom:
        dom = mailfrom.split("@")[1]
        verb = {"pass": "designates %s as permitted sender" % ip, "softfail": "transitioning domain of %s does not designate %s as permitted sender" % (mailfrom, ip),
                "fail": "domain of %s does not designate %s as permitted sender" % (mailfrom, ip), "none": "domain of %s has no SPF policy when checking %s" % (mailfrom, ip)}[spfres]
        if spfres == "pass":
            parts.append("spf=pass (mxhost: domain of %s %s) smtp.mailfrom=%s" % (mailfrom, verb, mailfrom))
        else:
            parts.append("spf=%s (mxhost: %s) smtp.mailfrom=%s" % (spfres, verb, mailfrom))
    else:
        parts.append("spf=pass (mxhost: domain of %s designates %s as permitted sender) smtp.helo=%s" % (helo, ip, helo))
    if dmarc:
        res, frm = dmarc
        parts.append("dmarc=%s (%s) header.from=%s" % (res, policy, frm))
    return ";\n\t".join(parts)


def dkimsig(d, s, h, t, extra=""):
    b = rs(342, B64)
    return ("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=%s; s=%s; t=%d;%s\n        h=%s;\n        bh=%s=;\n        b=%s\n         %s\n         %s==" %
            (d, s, t, extra, h, rs(43, B64), b[:70], b[70:140], b[140:210]))


def fin(lines, body):
    s = "\n".join(lines) + "\n\n" + body
    s = s.replace("\r\n", "\n").replace("\n", "\r\n")
    for ln in s.split("\r\n"):
        assert len(ln.encode("utf-8")) <= 998, ln[:80]
    return s.encode("utf-8")


# ---------------------------------------------------------------- what Alliant sent (quoted/answered inside the set)
CC = ("Alliant Energy", "customercare@alliant-energy.com")
PH = ("PowerHouse Catalog", "powerhousecatalog@alliant-energy.com")
ALERTS = ("Alliant Energy Alerts", "alerts@alliant-energy.com")
NOTICES = ("Alliant Energy", "notices@alliant-energy.com")
BILL = ("Alliant Energy", "noreply@alliantenergy.com")
ACKFROM = ("Alliant Energy Customer Care", "customercare@alliant-energy.com")

FOOT_CC = ("--\nYou are receiving this message because you are an Alliant Energy customer.\n"
           "To opt out of marketing e-mails, visit https://www.alliantenergy.com/unsubscribe\n"
           "or reply with the word \"unsubscribe\".\n"
           "Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718")
FOOT_CC_ES = ("--\nRecibe este mensaje porque es cliente de Alliant Energy.\n"
              "Para dejar de recibir correos de mercadeo, visite https://www.alliantenergy.com/unsubscribe\n"
              "o responda con la palabra \"baja\".\n"
              "Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718")
FOOT_PH = ("--\nYou are receiving this e-mail because you are a PowerHouse Catalog customer.\n"
           "PowerHouse Catalog occasionally shares its customer list with other catalog\n"
           "companies. If you do not want your name shared, write to\n"
           "powerhousecatalog@alliant-energy.com. We never share e-mail addresses.\n"
           "To unsubscribe from PowerHouse e-mails, reply with \"unsubscribe\" or visit\n"
           "https://www.powerhousecatalog.com/unsubscribe\n"
           "PowerHouse Catalog, an Alliant Energy company, 4902 N. Biltmore Lane, Madison, WI 53718")
FOOT_ALERT = ("This is a service alert about your electric service. It is sent even if you\n"
              "have opted out of marketing. Manage alert settings at\nhttps://www.alliantenergy.com/alerts")

ORIG = {
    "bts": dict(frm=PH, date=T("2027-08-03 09:30:00"), token="PH-2708-BTS",
                subject="Back to School & Dorm: compact fridges, LED desk lamps & surge towers [PH-2708-BTS]",
                mid="<20270803143000.PH-2708-BTS.%s@mail.alliant-energy.com>",
                lu="<mailto:powerhousecatalog@alliant-energy.com?subject=unsubscribe%20PH-2708-BTS>",
                text=("PowerHouse Catalog | Back to School & Dorm\n\n"
                      "Heading to campus? Outfit the dorm or the first apartment with\nenergy-smart gear.\n\n"
                      "* 3.1 cu. ft. ENERGY STAR compact fridge - $189.99 (item 44120)\n"
                      "* Dimmable LED desk lamp with USB-C charging - $34.95 (item 31877)\n"
                      "* 8-outlet surge protector tower - $29.95 (item 20455)\n"
                      "* Smart plug 2-pack - $19.99 (item 20988)\n\n"
                      "Free shipping on orders over $75 through August 31 with code DORM27.\n\n"
                      "Shop the collection: https://www.powerhousecatalog.com/bts27\n\n" + FOOT_PH)),
    "ac": dict(frm=CC, date=T("2027-08-05 10:00:00"), token="AE-PR-2708-AC",
               subject="Beat the heat: $75 back on a new ENERGY STAR air conditioner [AE-PR-2708-AC]",
               mid="<20270805150000.AE-PR-2708-AC.%s@mail.alliant-energy.com>",
               lu="<mailto:customercare@alliant-energy.com?subject=unsubscribe%20AE-PR-2708-AC>",
               text=("Beat the heat - and save.\n\n"
                     "Replace an old central air conditioner or heat pump with a qualifying\n"
                     "ENERGY STAR model by September 30, 2027 and get $75 back from\nAlliant Energy.\n\n"
                     "Apply online in about five minutes: https://www.alliantenergy.com/acrebate\n\n"
                     "Questions? Call 1-800-555-0142, Monday-Friday, 7 a.m.-6 p.m.\n\n" + FOOT_CC)),
    "aces": dict(frm=CC, date=T("2027-08-05 10:05:00"), token="AE-PR-2708-ACES",
                 subject="Combata el calor: $75 de reembolso en un aire acondicionado ENERGY STAR [AE-PR-2708-ACES]",
                 mid="<20270805150500.AE-PR-2708-ACES.%s@mail.alliant-energy.com>",
                 lu="<mailto:customercare@alliant-energy.com?subject=unsubscribe%20AE-PR-2708-ACES>",
                 text=("Combata el calor y ahorre.\n\n"
                       "Reemplace su aire acondicionado central o bomba de calor por un modelo\n"
                       "ENERGY STAR que califique antes del 30 de septiembre de 2027 y reciba\n$75 de Alliant Energy.\n\n"
                       "Solicítelo en línea en unos cinco minutos:\nhttps://www.alliantenergy.com/acrebate/es\n\n"
                       "¿Preguntas? Llame al 1-800-555-0142, de lunes a viernes, de 7 a.m. a 6 p.m.\n\n" + FOOT_CC_ES)),
    "rate": dict(frm=NOTICES, date=T("2027-08-09 08:00:00"), token=None,
                 subject="Notice of proposed rate change and public hearings",
                 mid="<20270809130000.RN-2708.%s@mail.alliant-energy.com>", lu=None,
                 text=("Interstate Power and Light Company (Alliant Energy) has asked the Iowa\n"
                       "Utilities Commission to change its electric rates (Docket No. RPU-2027-0002).\n"
                       "If approved, a typical residential customer using 750 kWh a month would\n"
                       "pay about $9.40 more per month (8.1%). Temporary rates of about half that\n"
                       "amount may begin October 1, 2027, subject to refund.\n\n"
                       "Public comment hearings (all at 6 p.m.):\n"
                       "  Tue., Sept. 14 - Cedar Rapids, Kirkwood Training & Outreach Center\n"
                       "  Wed., Sept. 15 - Dubuque, Grand River Center\n"
                       "  Thu., Sept. 16 - Mason City, NIACC Conference Center\n"
                       "  Tue., Sept. 21 - virtual hearing (register at iuc.iowa.gov)\n\n"
                       "Written comments may be filed with the Iowa Utilities Commission,\n"
                       "1375 E. Court Ave., Des Moines, IA 50319, or at iuc.iowa.gov.\n\n"
                       "This notice is required by Iowa law and is sent to all customers,\n"
                       "including those who have opted out of marketing.\n"
                       "Alliant Energy, 200 First Street SE, Cedar Rapids, IA 52401")),
    "heat": dict(frm=ALERTS, date=T("2027-08-11 11:15:00"), token=None,
                 subject="Heat advisory: help reduce peak demand today, 2-7 p.m.",
                 mid="<20270811161500.ALERT-HEAT.%s@alerts.alliant-energy.com>", lu=None,
                 text=("A heat advisory is in effect for your area today, Wednesday, August 11.\n"
                       "Demand for electricity is expected to peak between 2 and 7 p.m.\n\n"
                       "You can help keep the grid reliable:\n"
                       "- Set your thermostat a few degrees higher while you're away.\n"
                       "- Run the dishwasher, washer and dryer after 7 p.m.\n"
                       "- Close blinds on sunny windows.\n\n"
                       "Stay safe: drink water, check on elderly neighbors, and never leave\n"
                       "children or pets in a parked car.\n\n" + FOOT_ALERT)),
    "storm": dict(frm=ALERTS, date=T("2027-08-16 04:40:00"), token=None,
                  subject="Outage update: crews are working to restore power in your area",
                  mid="<20270816094000.ALERT-OUT.%s@alerts.alliant-energy.com>", lu=None,
                  text=("Severe storms Sunday night caused outages across eastern Iowa and\n"
                        "southern Wisconsin. Your service address is in an affected area.\n\n"
                        "Estimated restoration: Tuesday, August 17, by 11:00 p.m.\n"
                        "Cause: trees on lines\n\n"
                        "Report a downed line: 1-800-555-0199. Stay at least 35 feet away.\n"
                        "Outage map: https://www.alliantenergy.com/outagemap\n\n" + FOOT_ALERT)),
    "bill": dict(frm=BILL, date=T("2027-08-10 06:12:00"), token=None,
                 subject="Your Alliant Energy bill is ready",
                 mid="<20270810111200.BILL.%s@billing.alliantenergy.com>", lu=None,
                 text=("Your bill for the account ending in {last4} is ready.\n\n"
                       "Amount due: ${amt}\nDue date: {due}\n\n"
                       "View and pay: https://www.alliantenergy.com/mybill\n\n"
                       "You receive this service message because you chose paperless billing.\n"
                       "We send it even if you have opted out of marketing.")),
}
ACKTEXT = ("Hello,\n\n"
           "Thank you for writing to Alliant Energy. We received your message and\n"
           "logged it as {num}.\n\n"
           "If you asked us to stop promotional mail or e-mail, or not to share your\n"
           "name with other catalog companies, we will update our records within\n"
           "10 business days. If you asked a question, a member of our Customer Care\n"
           "team will answer within 2 business days.\n\n"
           "This is an automated message.\n\n"
           "Alliant Energy Customer Care")


def ack(num, date):
    return dict(frm=ACKFROM, date=date, token=num, subject="We received your request [%s]" % num,
                mid="<ack.%s@alliant-energy.com>" % num, lu=None, text=ACKTEXT.format(num=num))


def orig(key, **fmt):
    o = dict(ORIG[key])
    if fmt:
        o["text"] = o["text"].format(**fmt)
    if "%s" in o["mid"]:
        o["mid"] = o["mid"] % rhex(10)
    return o


# ---------------------------------------------------------------- quoting styles
def attrib(style, o, tz=CDT):
    d = shift(o["date"], tz)
    name, a = o["frm"]
    hh = d.hour % 12 or 12
    ap = "AM" if d.hour < 12 else "PM"
    if style == "gmail":
        return "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (DAYS[d.weekday()], MONTHS[d.month - 1], d.day, d.year, hh, d.minute, ap, name, a)
    if style == "gmail_es":
        return "El %s, %d de %s de %d, %d:%02d %s, %s <%s> escribió:" % (["lun", "mar", "mié", "jue", "vie", "sáb", "dom"][d.weekday()], d.day, ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"][d.month - 1], d.year, hh, d.minute, "a.m." if d.hour < 12 else "p.m.", name, a)
    if style == "apple":
        return "On %s %d, %d, at %d:%02d %s, %s <%s> wrote:" % (MONTHS[d.month - 1], d.day, d.year, hh, d.minute, ap, name, a)
    if style == "yahoo":
        return "On %s, %s %d, %d at %d:%02d:%02d %s CDT, %s <%s> wrote:" % (LDAYS[d.weekday()], LMONTHS[d.month - 1], d.day, d.year, hh, d.minute, d.second, ap, name, a)
    if style == "tbird":
        return "On %d/%d/%d %d:%02d %s, %s wrote:" % (d.month, d.day, d.year % 100, hh, d.minute, ap, name)
    if style == "comcast":
        return "On %s %d, %d at %d:%02d %s %s <%s> wrote:" % (LMONTHS[d.month - 1], d.day, d.year, hh, d.minute, ap, name, a)
    raise KeyError(style)


def outlook_block(o, to, tz=CDT):
    d = shift(o["date"], tz)
    hh = d.hour % 12 or 12
    ap = "AM" if d.hour < 12 else "PM"
    return ("________________________________\nFrom: %s <%s>\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s <%s>\nSubject: %s\n\n"
            % (o["frm"][0], o["frm"][1], LDAYS[d.weekday()], LMONTHS[d.month - 1], d.day, d.year, hh, d.minute, ap, to, to, o["subject"]))


def gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def html_lines(text):
    return "<br>\n".join(esc(l) for l in text.split("\n"))


# ---------------------------------------------------------------- people's mail programs
def uuid():
    h = rhex(32).upper()
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def gt_apple(text):
    return "\n".join("> " + l for l in text.split("\n"))


def flow(text, width=72):
    out = []
    for para in text.split("\n"):
        pre = ""
        m = re.match(r"^(>+ ?)", para)
        if m:
            pre = m.group(1)
        if len(para) <= width or " " not in para[len(pre):]:
            out.append(para.rstrip(" ") if para.strip() != "--" else para)
            continue
        words = para[len(pre):].split(" ")
        line = pre
        for w in words:
            if len(line) > len(pre) and len(line) + len(w) + 1 > width:
                out.append(line + " ")
                line = pre + w
            else:
                line = line + (" " if len(line) > len(pre) else "") + w
        out.append(line)
    return "\n".join(out)


def refs(q):
    if not q:
        return []
    return ["References: %s" % q["mid"], "In-Reply-To: %s" % q["mid"]]


def c_gmail(mailbox, arrive, who, subject, text, q=None, tz=CDT, to=None, cc=None, reply_to=None, html=True, lang="en",
            sig_html=None, dom_sel=None, gmail_quote_style=None, extra=(), no_quote=False):
    name, a = who
    dom = a.split("@")[1]
    d, s = dom_sel or ((dom, "20230601") if dom in ("gmail.com", "googlemail.com") else (dom, "google"))
    sent = secs(arrive, -R.randint(2, 9))
    helo = "mail-%s-f%d.google.com" % (R.choice(["yw1", "qk1", "oi1", "pl1", "ej1", "io1", "vk1", "qv1", "yb1"]), R.randint(41, 230))
    ip = "209.85.%d.%d" % (R.choice([128, 160, 161, 166, 167, 208, 210, 214, 219, 221, 222]), R.randint(10, 250))
    lines = top(mailbox, a, arrive, helo, ip, auth(dkim=(d, s), mailfrom=a, ip=ip, dmarc=("pass", dom),
                                                   policy="p=NONE sp=QUARANTINE dis=NONE" if dom == "gmail.com" else "p=NONE dis=NONE"))
    t = ts(sent)
    lines.append("Received: by %s with SMTP id %s-%s.%d\n        for <%s@alliant-energy.com>; %s" % (helo, rhex(5) + "1157ae682", rhex(16) + "so" + str(R.randint(1000000, 9999999)) + R.choice(["b3", "d7", "a8"]), R.randint(1, 3), mailbox, rfc(sent, -7, zero=True, zname="PDT")))
    hh = "to:subject:message-id:date:from:in-reply-to:references\n         :mime-version:from:to:cc:subject:date:message-id:reply-to" if q else "to:subject:message-id:date:from:mime-version:from:to:cc:subject\n         :date:message-id:reply-to"
    lines.append(dkimsig(d, s, hh, t, " x=%d; darn=alliant-energy.com;" % (t + 604800)))
    lines.append("X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t=%d; x=%d;\n        h=to:subject:message-id:date:from:mime-version:x-gm-message-state\n         :from:to:cc:subject:date:message-id:reply-to;\n        bh=%s=;\n        b=%s" % (t, t + 604800, rs(43, B64), rs(70, B64)))
    lines.append("X-Gm-Message-State: AOJu0Y%s\n\t%s" % (rs(40, B64), rs(30, B64)))
    lines.append("X-Google-Smtp-Source: AGHT+IF%s" % rs(60, B64))
    lines.append("X-Received: by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s-%s.%d.%d;\n        %s" % (rhex(4), rhex(3), rhex(3), rhex(4), rhex(5) + "1157ae682", rhex(16), R.randint(1, 9), R.randint(1000000000000, 9999999999999), rfc(sent, -7, zero=True, zname="PDT")))
    mid = "<CA%s%s@mail.gmail.com>" % (R.choice(["+", "J", "K", "E", "M", "O", "N", "D", "A"]), rs(R.randint(44, 52), ALPH + "+=_-"))
    toh = to or "%s@alliant-energy.com" % mailbox
    ch = ["MIME-Version: 1.0"] + refs(q) + ["From: " + addr(name, a), "Date: " + rfc(sent, tz), "Message-ID: " + mid,
                                            "Subject: " + enc_word(subject), "To: " + toh]
    if cc:
        ch.append("Cc: " + cc)
    if reply_to:
        ch.append("Reply-To: " + reply_to)
    ch += list(extra)
    plain = text
    hbody = '<div dir="ltr">' + "".join(("<div>%s</div>" % esc(l)) if l else "<div><br></div>" for l in text.split("\n")) + (sig_html or "") + "</div>"
    if q and not no_quote:
        at = attrib("gmail_es" if lang == "es" else "gmail", q, tz)
        plain = text + "\n\n" + at + "\n\n" + gt(q["text"]) + "\n"
        hbody += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                  '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
                  % (esc(at), html_lines(q["text"])))
    if html:
        hd, body = multipart("alternative", "000000000000" + rhex(16), [leaf(plain + ("\n" if not plain.endswith("\n") else "")), leaf(hbody + "\n", "html")])
    else:
        hd, body = leaf(plain)
    return fin(lines + ch + hd, body)


def c_yahoo(mailbox, arrive, who, subject, text, q=None, tz=CDT, to=None, reply_to=None, aol=False, mobile=False, extra=()):
    name, a = who
    dom = a.split("@")[1]
    sent = secs(arrive, -R.randint(1, 6))
    n = R.randint(200, 330)
    helo = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (n, R.randint(1, 60), R.choice(["ne1", "bf2", "gq1"]))
    ip = "%s.%d.%d" % (R.choice(["66.163", "74.6", "98.137"]), R.randint(128, 200), R.randint(10, 250))
    d, s = ("aol.com", "a2048") if aol else (dom, "s2048")
    lines = top(mailbox, a, arrive, helo, ip, auth(dkim=(d, s), mailfrom=a, ip=ip, dmarc=("pass", dom), policy="p=REJECT sp=REJECT dis=NONE"))
    t = ts(sent)
    lines.append(dkimsig(d, s, "Date:From:To:Subject:References:From:Subject:Reply-To", t))
    lines.append("X-SONIC-DKIM-SIGN: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t=%d; bh=%s=; h=X-Sonic-MF:Date:From:To:Subject:From:Subject; b=%s" % (t, rs(43, B64), rs(120, B64)))
    lines.append("X-YMail-OSG: %s\n %s\n %s" % (rs(70, ALPH + "._"), rs(70, ALPH + "._"), rs(40, ALPH + "._")))
    lines.append("X-Sonic-MF: <%s>" % a)
    lines.append("X-Sonic-ID: %s" % uuid().lower())
    lines.append("Received: from sonic.gate.mail.ne1.yahoo.com by sonic%d.consmr.mail.ne1.yahoo.com with HTTP; %s" % (n, rfc(sent, 0, zero=False).replace("+0000", "+0000")))
    mid = "<%d.%d.%d@mail.yahoo.com>" % (R.randint(100000000, 2100000000), R.randint(1000000, 9999999), t * 1000 + R.randint(0, 999))
    ch = ["Date: " + rfc(sent, 0), "From: " + addr(name, a), "To: " + (to or "%s@alliant-energy.com" % mailbox)]
    if reply_to:
        ch.append("Reply-To: " + reply_to)
    ch += ["Message-ID: " + mid] + (["In-Reply-To: " + q["mid"]] if q else []) + ["Subject: " + enc_word(subject), "MIME-Version: 1.0"]
    bnd = "----=_Part_%d_%d.%d" % (R.randint(1000000, 9999999), R.randint(100000000, 2100000000), t * 1000 + R.randint(0, 999))
    plain = text
    hb = '<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">' + "".join(("<div dir=\"ltr\" data-setdir=\"false\">%s</div>" % esc(l)) if l else "<div dir=\"ltr\" data-setdir=\"false\"><br></div>" for l in text.split("\n")) + "</div>"
    if mobile:
        plain += "\n\nSent from Yahoo Mail for iPhone" if not aol else "\n\nSent from the all new AOL app for iOS"
        hb += '<div><br></div><div id="ymail_android_signature"><a href="https://mail.onelink.me/107872968?pid=nativeplacement">%s</a></div>' % ("Sent from Yahoo Mail for iPhone" if not aol else "Sent from the all new AOL app for iOS")
    if q:
        at = attrib("yahoo", q, tz)
        plain += "\n\n\n" + at + "\n\n" + q["text"] + "\n"
        hb += '<div><br></div><div id="yahoo_quoted_%d" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>%s</div><div><br></div><div>%s</div></div></div>' % (R.randint(1000000000, 9999999999), esc(at), html_lines(q["text"]))
    hb += "</body></html>"
    hd, body = multipart("alternative", bnd, [leaf(plain + "\n", charset="UTF-8" if False else "UTF-8"), leaf(hb + "\n", "html", charset="UTF-8")])
    ch += hd + list(extra)
    ch.append("References: %s" % q["mid"] if q else "References: <%d.%d.%d@mail.yahoo.com>" % (R.randint(100000000, 2100000000), R.randint(1000000, 9999999), t * 1000 + R.randint(0, 999)))
    ch.append("X-Mailer: WebService/1.1.%d %s" % (R.randint(22400, 22700), ("AolMailNorrin" if aol else "YMailNorrin") if not mobile else ("AolMailIOS" if aol else "YMailIOS")))
    return fin(lines + ch, body)


def c_outlook(mailbox, arrive, who, subject, text, q=None, tz=CDT, to=None, cc=None, reply_to=None, work=False,
              charset=None, html=True, dkim_dom=None, extra=(), sig=None):
    name, a = who
    dom = a.split("@")[1]
    sent = secs(arrive, -R.randint(2, 8))
    tenant = R.choice(["namprd11", "namprd12", "namprd04", "namprd05", "namprd13"])
    srv = "%s%dMB%d" % (R.choice(["SJ0PR", "PH7PR", "BN9PR", "DM6PR", "CH3PR", "MN2PR", "SA1PR", "IA1PR"]), R.randint(10, 19), R.randint(1000, 9999))
    helo = "%s.outbound.protection.outlook.com" % R.choice(["NAM12-BN8-obe", "NAM10-DM6-obe", "NAM11-CO1-obe", "NAM02-SN1-obe", "NAM04-BN8-obe"])
    ip = ("40.92.%d.%d" if not work else "40.107.%d.%d") % (R.randint(1, 120), R.randint(10, 250))
    dd = dkim_dom or dom
    lines = top(mailbox, a, arrive, helo, ip, auth(dkim=(dd, "selector1" if not work else "selector2"), mailfrom=a, ip=ip, dmarc=("pass", dom), policy="p=NONE sp=NONE dis=NONE"), rdns="mail-%s.outbound.protection.outlook.com" % helo.split(".")[0].lower())
    t = ts(sent)
    lines.append("ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=%s\n %s" % (rs(76, B64), rs(60, B64) + "=="))
    lines.append("ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh=%s=;\n b=%s==" % (rs(43, B64), rs(76, B64)))
    lines.append("ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none")
    lines.append(dkimsig(dd, "selector1" if not work else "selector2", "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", t))
    lines.append("Received: from %s.%s.prod.outlook.com (2603:10b6:%s:%s::%s)\n by %s.%s.prod.outlook.com (2603:10b6:%s:%s::%s) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.8%03d.%d; %s" % (srv, tenant, rhex(3), rhex(3), rhex(2), srv.replace("MB", "MB" + str(R.randint(1, 9))), tenant, rhex(3), rhex(3), rhex(2), R.randint(100, 999), R.randint(10, 40), rfc(sent, 0, zero=False)))
    mid_local = srv + rhex(24).upper()
    mid = "<%s@%s.%s.prod.outlook.com>" % (mid_local, srv, tenant)
    toh = to or "%s@alliant-energy.com" % mailbox
    sub = enc_word(subject)
    ch = ["From: " + addr(name, a), "To: " + toh]
    if cc:
        ch.append("CC: " + cc)
    if reply_to:
        ch.append("Reply-To: " + reply_to)
    ch += ["Subject: " + sub, "Thread-Topic: " + enc_word(re.sub(r"^(RE|Re|FW|Fw): ", "", subject)), "Thread-Index: A" + rs(22, B64) + "==",
           "Date: " + rfc(sent, 0), "Message-ID:\n " + mid]
    if q:
        ch += ["References: " + q["mid"], "In-Reply-To: " + q["mid"]]
    ch += ["Accept-Language: en-US", "Content-Language: en-US", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"]
    if work:
        ch += ["authentication-results: dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=%s;" % dom,
               "x-ms-publictraffictype: Email", "x-ms-traffictypediagnostic: %s:EE_|%s:EE_" % (srv, srv.replace("MB", "MB1"))]
    else:
        ch += ["msip_labels:", "x-ms-exchange-messagesentrepresentingtype: 1", "x-tmn: [%s]" % rs(32, ALPH + "/+"),
               "x-ms-publictraffictype: Email"]
    ch += list(extra)
    body_text = text + (("\n" + sig) if sig else "")
    plain = body_text
    hb_inner = "".join('<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">%s</div>' % (esc(l) if l else "<br>") for l in body_text.split("\n"))
    if work:
        hb_inner = "".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(l) if l else "&nbsp;") for l in body_text.split("\n"))
    if q:
        if work:
            d = shift(q["date"], tz)
            hh = d.hour % 12 or 12
            blk = ("From: %s <%s> \nSent: %s, %s %d, %d %d:%02d %s\nTo: %s <%s>\nSubject: %s\n\n" % (q["frm"][0], q["frm"][1], LDAYS[d.weekday()], LMONTHS[d.month - 1], d.day, d.year, hh, d.minute, "AM" if d.hour < 12 else "PM", name, a, q["subject"]))
        else:
            blk = outlook_block(q, a, tz)
        plain = body_text + "\n\n" + blk + q["text"] + "\n"
        hb_inner += ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                     + html_lines(blk.replace("________________________________\n", "")) + '</font><div>&nbsp;</div></div><div>' + html_lines(q["text"]) + "</div>")
    cs = charset or ("us-ascii" if all(ord(c) < 128 for c in plain) else "utf-8")
    hb = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n%s\n</body>\n</html>\n' % (cs, hb_inner))
    if html:
        hd, body = multipart("alternative", "_000_%s_" % mid_local, [leaf(plain + "\n", charset=cs, cte="quoted-printable"), leaf(hb, "html", charset=cs, cte="quoted-printable")])
    else:
        hd, body = leaf(plain + "\n", charset=cs, cte="quoted-printable")
    return fin(lines + ch + hd + ["MIME-Version: 1.0"], body)


def c_apple(mailbox, arrive, who, subject, text, q=None, tz=CDT, to=None, reply_to=None, mac=False, sig=True, extra=(), ipad=False):
    name, a = who
    dom = a.split("@")[1]
    sent = secs(arrive, -R.randint(2, 9))
    helo = "%s.me.com" % R.choice(["qs51p00im-qukt01071501", "st43p00im-ztdg10063201", "ms11p00im-qufo17282001", "pv50p00im-ztdg10011301"])
    ip = "17.%d.%d.%d" % (R.choice([57, 58]), R.randint(150, 160), R.randint(10, 250))
    icloud = dom in ("icloud.com", "me.com", "mac.com")
    lines = top(mailbox, a, arrive, helo, ip, auth(dkim=(dom, "1a1hai" if icloud else "sig1"), mailfrom=a, ip=ip, dmarc=("pass", dom), policy="p=QUARANTINE sp=QUARANTINE dis=NONE"))
    t = ts(sent)
    lines.append(dkimsig(dom, "1a1hai" if icloud else "sig1", "Content-Type:Mime-Version:Subject:Message-Id:Date:To:From", t))
    lines.append("Received: from smtpclient.apple (%s.me.com [17.%d.%d.%d])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s@alliant-energy.com>; %s" % (helo, R.randint(40, 60), R.randint(150, 160), R.randint(10, 250), helo, rhex(12).upper(), mailbox, rfc(sent, 0, pad=True, zname="UTC")))
    body_text = text
    if sig:
        body_text += "\n\nSent from my iPhone" if not ipad else "\n\nSent from my iPad"
    if q:
        body_text += "\n\n> " + attrib("apple", q, tz) + "\n> \n" + gt_apple(q["text"])
    cs = "us-ascii" if all(ord(c) < 128 for c in body_text) else "utf-8"
    hd, body = leaf(body_text + "\n", charset=cs, cte="7bit" if cs == "us-ascii" and max(len(x) for x in body_text.split("\n")) < 900 else "quoted-printable")
    hd[0] = "Content-Type: text/plain;\n\tcharset=" + cs
    ch = hd + ["From: " + addr(name, a), "Mime-Version: 1.0 (%s)" % ("1.0" if not mac else "Mac OS X Mail 16.0 \\(3826.500.181.1.5\\)"),
               "Subject: " + enc_word(subject, q=True), "Date: " + rfc(sent, tz), "Message-Id: <%s@%s>" % (uuid(), dom)]
    if q:
        ch += ["References: " + q["mid"], "In-Reply-To: " + q["mid"]]
    if reply_to:
        ch.append("Reply-To: " + reply_to)
    ch += ["To: " + (to or "%s@alliant-energy.com" % mailbox)] + list(extra)
    ch.append("X-Mailer: " + ("Apple Mail (2.3826.500.181.1.5)" if mac else ("iPad Mail (22G86)" if ipad else R.choice(["iPhone Mail (22G86)", "iPhone Mail (22F76)", "iPhone Mail (21H221)"]))))
    return fin(lines + ch, body)


def c_comcast(mailbox, arrive, who, subject, text, q=None, tz=CDT, to=None, reply_to=None, extra=()):
    name, a = who
    sent = secs(arrive, -R.randint(2, 9))
    helo = "resomta-h%dp-%06d.sys.comcast.net" % (R.randint(1, 2), R.randint(20000, 30000))
    ip = "96.102.%d.%d" % (R.randint(0, 30), R.randint(10, 250))
    lines = top(mailbox, a, arrive, helo, ip, auth(dkim=("comcast.net", "20190202a"), mailfrom=a, ip=ip, dmarc=("pass", "comcast.net"), policy="p=QUARANTINE sp=QUARANTINE dis=NONE"))
    t = ts(sent)
    lines.append("Received: from oxapp-hoa-%02do.email.comcast.net ([96.118.%d.%d])\n\tby resomta-h1p-%06d.sys.comcast.net with ESMTPA\n\tid %s; %s" % (R.randint(1, 60), R.randint(0, 250), R.randint(10, 250), R.randint(20000, 30000), rs(22), rfc(sent, 0, zero=True)))
    lines.append("X-Xfinity-VAAS: gggruggvucftvghtrhhoucdtuddrgedvfedr%s" % rs(40, "abcdefghijklmnopqrstuvwxyz"))
    lines.append("X-Xfinity-VMeta: sc=-100.00;st=legit")
    lines.append(dkimsig("comcast.net", "20190202a", "Received:Received:Date:From:To:Message-ID:Subject:MIME-Version:\n\t Content-Type", t))
    mid = "<%d.%d.%d@connect.xfinity.com>" % (R.randint(100000000, 2100000000), R.randint(100000, 999999), t * 1000 + R.randint(0, 999))
    ch = ["Date: " + rfc(sent, tz), "From: " + addr(name, a), "To: " + (to or "%s@alliant-energy.com" % mailbox)]
    if reply_to:
        ch.append("Reply-To: " + reply_to)
    ch += ["Message-ID: " + mid] + (["In-Reply-To: " + q["mid"], "References: " + q["mid"]] if q else []) + ["Subject: " + enc_word(subject), "MIME-Version: 1.0"]
    plain = text
    hb = "<!doctype html>\n<html>\n <head>\n  <meta charset=\"UTF-8\">\n </head>\n <body>\n" + "".join("  <p>%s</p>\n" % (esc(l) if l else "<br>") for l in text.split("\n"))
    if q:
        at = attrib("comcast", q, tz)
        plain += "\n\n> " + at + "\n> \n" + gt_apple(q["text"])
        hb += "  <blockquote type=\"cite\">\n   %s<br><br>\n   %s\n  </blockquote>\n" % (esc(at), html_lines(q["text"]))
    hb += " </body>\n</html>\n"
    bnd = "----=_Part_%d_%d.%d" % (R.randint(100000, 999999), R.randint(100000000, 2100000000), t * 1000 + R.randint(0, 999))
    hd, body = multipart("alternative", bnd, [leaf(plain + "\n", charset="UTF-8", cte="7bit" if all(ord(c) < 128 for c in plain) else "quoted-printable"), leaf(hb, "html", charset="UTF-8", cte="7bit" if all(ord(c) < 128 for c in hb) else "quoted-printable")])
    ch += hd + ["X-Priority: 3", "Importance: Normal", "X-Mailer: Open-Xchange Mailer v7.10.6-Rev63", "X-Originating-Client: open-xchange-appsuite"] + list(extra)
    return fin(lines + ch, body)


ISP = {  # domain: (smtp host, ip prefix, dkim selector or None)
    "windstream.net": ("smtp.windstream.net", "162.39.", None),
    "netins.net": ("mail.netins.net", "167.142.", "default"),
    "mchsi.com": ("smtp.mchsi.com", "173.19.", None),
    "frontier.com": ("smtp.frontier.com", "74.40.", "frontier"),
    "iowatelecom.net": ("smtp.iowatelecom.net", "71.6.", None),
    "charter.net": ("smtp.charter.net", "24.196.", "2020"),
    "tds.net": ("mail.tds.net", "69.130.", "default"),
    "q.com": ("smtp.q.com", "206.80.", None),
    "uiowa.edu": ("mail.uiowa.edu", "128.255.", "uiowa"),
    "wisc.edu": ("smtp.wiscmail.wisc.edu", "144.92.", "wisc"),
    "sbcglobal.net": None,
}


def c_tbird(mailbox, arrive, who, subject, text, q=None, tz=CDT, to=None, reply_to=None, roundcube=False, charset="UTF-8", extra=(), ua=None):
    name, a = who
    dom = a.split("@")[1]
    host, pre, sel = ISP[dom]
    sent = secs(arrive, -R.randint(2, 20))
    ip = pre + "%d.%d" % (R.randint(1, 250), R.randint(1, 250))
    lines = top(mailbox, a, arrive, host, ip, auth(dkim=(dom, sel) if sel else None, mailfrom=a, ip=ip, dmarc=("pass" if sel else "none", dom), policy="p=NONE dis=NONE"))
    t = ts(sent)
    if sel:
        lines.append(dkimsig(dom, sel, "Message-ID:Date:MIME-Version:Subject:To:From:Content-Type", t))
    cip = "%d.%d.%d.%d" % (R.choice([173, 67, 71, 97, 104]), R.randint(1, 250), R.randint(1, 250), R.randint(1, 250))
    if roundcube:
        lines.append("Received: from webmail.%s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTPA id %s;\n\t%s" % (dom, host, qid(), rfc(sent, tz, zone=None) if False else rfc(sent, tz)))
    else:
        lines.append("Received: from [192.168.%d.%d] (%s [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s@alliant-energy.com>; %s" % (R.randint(0, 2), R.randint(2, 60), "c-" + cip.replace(".", "-") + ".hsd1.ia.comcast.net" if False else "unknown", cip, a, host, qid(), mailbox, rfc(sent, tz)))
    body_text = text
    if q:
        style = "tbird"
        body_text += "\n\n" + attrib(style, q, tz) + "\n" + gt(q["text"]) if not roundcube else ""
        if roundcube:
            body_text = text + "\n\nOn %s, %s wrote:\n" % (shift(q["date"], tz).strftime("%Y-%m-%d %H:%M"), q["frm"][1]) + gt(q["text"])
    body_text = flow(body_text)
    ascii_ = all(ord(c) < 128 for c in body_text)
    cte = "7bit" if ascii_ else "8bit" if charset.upper() == "UTF-8" else "quoted-printable"
    body = body_text + "\n"
    if cte == "quoted-printable":
        body = qp(body_text + "\n", charset)
    cs = charset if not (roundcube and ascii_) else "US-ASCII"
    if roundcube:
        ch = ["MIME-Version: 1.0", "Date: " + rfc(sent, tz), "From: " + addr(name, a), "To: " + (to or "%s@alliant-energy.com" % mailbox)]
        if reply_to:
            ch.append("Reply-To: " + reply_to)
        ch += ["Subject: " + enc_word(subject)] + (["In-Reply-To: " + q["mid"]] if q else []) + \
              ["User-Agent: Roundcube Webmail/1.6.%d" % R.randint(4, 9), "Message-ID: <%s@%s>" % (rhex(32), dom), "X-Sender: " + a,
               "Content-Type: text/plain; charset=%s;\n format=flowed" % cs, "Content-Transfer-Encoding: " + cte]
    else:
        ch = ["Message-ID: <%s@%s>" % (uuid().lower(), dom), "Date: " + rfc(sent, tz), "MIME-Version: 1.0",
              "User-Agent: " + (ua or "Mozilla Thunderbird"), "Content-Language: en-US"]
        ch += ["To: " + (to or "%s@alliant-energy.com" % mailbox)]
        if reply_to:
            ch.append("Reply-To: " + reply_to)
        ch += ["From: " + addr(name, a)]
        if q:
            ch += ["References: " + q["mid"], "In-Reply-To: " + q["mid"]]
        ch += ["Subject: " + enc_word(subject), "Content-Type: text/plain; charset=%s; format=flowed" % cs, "Content-Transfer-Encoding: " + cte]
    ch += list(extra)
    return fin(lines + ch, body)
